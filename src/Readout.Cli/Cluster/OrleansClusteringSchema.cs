using Npgsql;

namespace Readout.Cli.Cluster;

/// <summary>
/// The tables and named queries Orleans' ADO.NET clustering reads in PostgreSQL (the OrleansQuery
/// table maps each query key the provider asks for to SQL), created at silo start where absent.
/// Membership changes are optimistic: each bumps the deployment's version row only if the caller
/// read the current version, and reports how many rows it changed.
/// </summary>
public static class OrleansClusteringSchema
{
    private const string Tables = """
        CREATE TABLE IF NOT EXISTS OrleansQuery(
            QueryKey VARCHAR(64) PRIMARY KEY,
            QueryText VARCHAR(8000) NOT NULL);
        CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable(
            DeploymentId VARCHAR(150) PRIMARY KEY,
            Timestamp TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
            Version INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS OrleansMembershipTable(
            DeploymentId VARCHAR(150) NOT NULL REFERENCES OrleansMembershipVersionTable(DeploymentId),
            Address VARCHAR(45) NOT NULL,
            Port INTEGER NOT NULL,
            Generation INTEGER NOT NULL,
            SiloName VARCHAR(150) NOT NULL,
            HostName VARCHAR(150) NOT NULL,
            Status INTEGER NOT NULL,
            ProxyPort INTEGER,
            SuspectTimes VARCHAR(8000),
            MetadataJson TEXT,
            StartTime TIMESTAMPTZ(3) NOT NULL,
            IAmAliveTime TIMESTAMPTZ(3) NOT NULL,
            PRIMARY KEY(DeploymentId, Address, Port, Generation));
        """;

    private const string Silo = "DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation";

    private const string MembershipColumns =
        "v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort, m.SuspectTimes, m.MetadataJson, m.StartTime, m.IAmAliveTime, v.Version";

    private static readonly (string Key, string Sql)[] Queries =
    [
        ("UpdateIAmAlivetimeKey", $"UPDATE OrleansMembershipTable SET IAmAliveTime = @IAmAliveTime WHERE {Silo};"),
        ("InsertMembershipVersionKey",
            """
            WITH added AS (INSERT INTO OrleansMembershipVersionTable(DeploymentId) VALUES (@DeploymentId) ON CONFLICT DO NOTHING RETURNING 1)
            SELECT count(*)::int FROM added;
            """),
        ("InsertMembershipKey",
            $"""
            WITH bumped AS (
                UPDATE OrleansMembershipVersionTable SET Version = Version + 1, Timestamp = now()
                WHERE DeploymentId = @DeploymentId AND Version = @Version
                    AND NOT EXISTS (SELECT 1 FROM OrleansMembershipTable WHERE {Silo})
                RETURNING 1),
            added AS (
                INSERT INTO OrleansMembershipTable(DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
                SELECT @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime FROM bumped
                RETURNING 1)
            SELECT count(*)::int FROM added;
            """),
        ("UpdateMembershipKey",
            $"""
            WITH bumped AS (
                UPDATE OrleansMembershipVersionTable SET Version = Version + 1, Timestamp = now()
                WHERE DeploymentId = @DeploymentId AND Version = @Version
                    AND EXISTS (SELECT 1 FROM OrleansMembershipTable WHERE {Silo})
                RETURNING 1),
            changed AS (
                UPDATE OrleansMembershipTable SET Status = @Status, SuspectTimes = @SuspectTimes, IAmAliveTime = @IAmAliveTime
                WHERE {Silo} AND EXISTS (SELECT 1 FROM bumped)
                RETURNING 1)
            SELECT count(*)::int FROM changed;
            """),
        ("MembershipReadRowKey",
            $"""
            SELECT {MembershipColumns} FROM OrleansMembershipVersionTable v
            LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
            WHERE v.DeploymentId = @DeploymentId;
            """),
        ("MembershipReadAllKey",
            $"""
            SELECT {MembershipColumns} FROM OrleansMembershipVersionTable v
            LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
            WHERE v.DeploymentId = @DeploymentId;
            """),
        ("DeleteMembershipTableEntriesKey",
            """
            DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
            DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
            """),
        ("GatewaysQueryKey",
            "SELECT Address, ProxyPort, Generation FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;"),
        ("CleanupDefunctSiloEntriesKey",
            "DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND Status <> 3;"),
    ];

    /// <summary>Creates the clustering tables and queries in the database where they are absent (under a lock, so silos starting at once do not race).</summary>
    public static void Ensure(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, "SELECT pg_advisory_xact_lock(hashtext('readout-orleans-schema'))");
        Execute(connection, Tables);
        foreach (var (key, sql) in Queries)
        {
            using var command = new NpgsqlCommand("INSERT INTO OrleansQuery(QueryKey, QueryText) VALUES (@key, @sql) ON CONFLICT(QueryKey) DO UPDATE SET QueryText = excluded.QueryText", connection);
            command.Parameters.AddWithValue("key", key);
            command.Parameters.AddWithValue("sql", sql);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
