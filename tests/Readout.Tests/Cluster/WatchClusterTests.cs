using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Npgsql;
using Orleans.Runtime;
using Readout.Cli;
using Readout.Cli.Cluster;
using Readout.Ingest;
using Readout.Pipeline;
using Readout.Storage;
using Readout.Tests.Support;

namespace Readout.Tests.Cluster;

/// <summary><c>readout watch … --cluster</c> as real processes: a <c>readout silo</c> analyzes and places what the watch finds, and the record is one process's.</summary>
[NeedsPostgres]
public sealed class WatchClusterTests
{
    /// <summary>OrleansMembershipTable's status of a silo that has joined and serves.</summary>
    private const int ActiveSilo = 3;

    [StoreFact]
    public async Task Watch_sends_what_it_finds_to_the_cluster_and_the_stories_are_one_process_s()
    {
        var sample = Path.Combine(Repository.Root, "samples", "calls");
        using var single = new PostgresTestDatabase();
        using var clustered = new PostgresTestDatabase();
        var (articles, failures) = await new InputReader(IngestOptions.Default).ReadAllAsync([sample], CancellationToken.None);
        Assert.Empty(failures);
        using (var store = ArticleStores.Open(single.ConnectionString))
        {
            new StoreWriter(AnalysisPipeline.Standard()).Ingest(store, articles);
        }

        using var folder = new TempFolder();
        await using var silo = CliProcess.Start(folder.Root, "silo", "--db", clustered.ConnectionString, "--port", FreePort(), "--gateway-port", FreePort());
        await WaitFor(() => Scalar(clustered.ConnectionString, $"SELECT count(*) FROM OrleansMembershipTable WHERE status = {ActiveSilo}") == 1, silo, "the silo did not join");
        await using var watch = CliProcess.Start(folder.Root, "watch", sample, "--interval", "0.5", "--cluster", clustered.ConnectionString);
        await WaitFor(() => Scalar(clustered.ConnectionString, "SELECT count(*) FROM story_articles") == articles.Count, watch, "the watch's articles were not placed");

        using var client = await ClusterHosting.StartClient(clustered.ConnectionString, CancellationToken.None);
        var activations = await client.Client.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        watch.SendSigterm();
        var run = await watch.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("through the cluster", run.Stderr);
        Assert.Contains("created", run.Stdout);
        // The analysis grains are stateless workers, gone once idle; the placement grain stays, and a batch reaches it only analyzed by them.
        Assert.Contains(activations, grain => grain.GrainType.Contains(nameof(StoryPlacementGrain), StringComparison.Ordinal));
        using var one = ArticleStores.Open(single.ConnectionString);
        using var many = ArticleStores.Open(clustered.ConnectionString);
        Assert.Equal(one.ArticleIds(), many.ArticleIds());
        Assert.Equal(one.Stories(), many.Stories());
        Assert.Equal(JsonSerializer.Serialize(one.AllStories()), JsonSerializer.Serialize(many.AllStories()));
    }

    [StoreFact]
    public async Task Watch_and_ingest_say_so_where_no_silo_ever_joined_the_database()
    {
        using var database = new PostgresTestDatabase();
        var sample = Path.Combine(Repository.Root, "samples", "calls");
        var location = database.ConnectionString + ";Password=never-shown";

        foreach (var command in new[] { "watch", "ingest" })
        {
            var result = await InProcessCli.RunAsync(command, sample, "--cluster", location, "--quiet");

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            Assert.Contains("Password=***: no silo of a Readout cluster answers through this database", result.Stderr);
            Assert.DoesNotContain("never-shown", result.Stderr);
        }
    }

    private static string FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
    }

    private static long Scalar(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        try
        {
            return (long)command.ExecuteScalar()!;
        }
        catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0;
        }
    }

    private static async Task WaitFor(Func<bool> done, CliProcess.Running process, string failure)
    {
        var waited = Stopwatch.StartNew();
        while (!done())
        {
            Assert.False(process.HasExited, $"{failure}: the process exited");
            Assert.True(waited.Elapsed < TimeSpan.FromMinutes(3), $"{failure} within 3 minutes");
            await Task.Delay(250);
        }
    }
}
