using Readout.Storage;
using Readout.Tests.Support;

namespace Readout.Tests.Storage;

/// <summary>How a store is named: a cluster only by a connection string, and in messages never with its password.</summary>
public sealed class StoreLocationTests : IDisposable
{
    /// <summary>A server that is not there (a socket folder that does not exist), with a password that must never be printed.</summary>
    private const string Unreachable = "Host=/nonexistent-readout-socket;Database=news;Username=reader;Password=hunter2-secret";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("Host=db;Database=news;Password=hunter2", "Host=db;Database=news;Password=***")]
    [InlineData("Host=db;password = 'hun;ter''2';Database=news", "Host=db;password=***;Database=news")]
    [InlineData("Server=db;Pwd=\"a;b\";Port=5433", "Server=db;Pwd=***;Port=5433")]
    [InlineData("Host=db;SSL Password=key;PSW=x", "Host=db;SSL Password=***;PSW=***")]
    [InlineData("Host=db;Database=news;Username=reader", "Host=db;Database=news;Username=reader")]
    [InlineData("stores/news.db", "stores/news.db")]
    public void A_password_is_masked_and_nothing_else_changes(string location, string shown) =>
        Assert.Equal(shown, ArticleStores.Masked(location));

    [Fact]
    public void A_store_that_cannot_be_opened_is_named_without_its_password()
    {
        var failure = Assert.Throws<StoreUnavailableException>(() => ArticleStores.Open(Unreachable));

        Assert.StartsWith("Host=/nonexistent-readout-socket;Database=news;Username=reader;Password=***: cannot open the PostgreSQL store: ", failure.Message);
        Assert.DoesNotContain("hunter2", failure.Message);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("watch")]
    public async Task A_cluster_is_named_by_a_connection_string_not_a_file(string command)
    {
        var file = folder.PathOf("cluster.db");

        var result = await InProcessCli.RunAsync(command, Path.Combine(Repository.Root, "samples", "calls"), "--cluster", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--cluster needs the cluster's PostgreSQL connection string", result.Stderr);
        Assert.False(File.Exists(file));
    }

    [Theory]
    [InlineData("serve", "--db", Unreachable)]
    [InlineData("stories", "--db", Unreachable)]
    [InlineData("ingest", "INPUT", "--db", Unreachable)]
    [InlineData("ingest", "INPUT", "--cluster", Unreachable)]
    [InlineData("watch", "INPUT", "--db", Unreachable)]
    [InlineData("silo", "--db", Unreachable)]
    [InlineData("migrate", "--from", "SQLITE", "--to", Unreachable)]
    [InlineData("migrate", "--from", Unreachable, "--to", "SQLITE")]
    public async Task A_store_out_of_reach_is_one_error_line_without_its_password(params string[] args)
    {
        var sqlite = folder.PathOf("source.db");
        new ArticleStore(sqlite).Dispose();
        var sample = Path.Combine(Repository.Root, "samples", "calls");

        var result = await InProcessCli.RunAsync([.. args.Select(arg => arg switch { "INPUT" => sample, "SQLITE" => sqlite, _ => arg })]);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains("Password=***: cannot open the PostgreSQL store", line);
        Assert.DoesNotContain("hunter2", result.Stderr + result.Stdout);
        Assert.False(File.Exists(Unreachable));
    }
}
