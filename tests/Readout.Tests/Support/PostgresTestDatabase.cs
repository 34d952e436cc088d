using Npgsql;

namespace Readout.Tests.Support;

/// <summary>
/// A fresh, empty PostgreSQL database for one test, on the server READOUT_TEST_POSTGRES names
/// (a connection string to a database the tests may create databases from, as <c>.ci/run</c> sets
/// it); dropped on dispose.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    public const string Variable = "READOUT_TEST_POSTGRES";

    private readonly string server;
    private readonly string name = "readout_test_" + Guid.NewGuid().ToString("N");

    public PostgresTestDatabase()
    {
        server = Server ?? throw new InvalidOperationException(Absent);
        Execute($"CREATE DATABASE {name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>The server's connection string, or null where none is given.</summary>
    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Why PostgreSQL tests cannot run here.</summary>
    public static string Absent => $"{Variable} is not set (no PostgreSQL server to test against; .ci/run starts one), so the PostgreSQL store is not tested here";

    public string ConnectionString { get; }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
