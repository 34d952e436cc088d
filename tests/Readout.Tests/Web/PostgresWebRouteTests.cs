using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Npgsql;
using Readout.Storage;
using Readout.Tests.Support;

namespace Readout.Tests.Web;

/// <summary>The web app's contract over a PostgreSQL store, and what is its own: the same JSON as over SQLite, and <c>readout serve</c> on it.</summary>
[NeedsPostgres]
public sealed partial class PostgresWebRouteTests(PostgresWebRouteTests.Stores stores) : WebStoreContract(stores.Postgres), IClassFixture<PostgresWebRouteTests.Stores>
{
    private readonly List<PostgresTestDatabase> databases = [];

    /// <summary>The sample in PostgreSQL, and in SQLite to compare with; made when a test first asks, so nothing is made where the tests skip.</summary>
    public sealed class Stores : IDisposable
    {
        private readonly Lazy<WebStore> postgres = new(WebStore.InPostgres);
        private readonly Lazy<WebStore> sqlite = new(() => new WebStore());

        public WebStore Postgres => postgres.Value;

        public WebStore Sqlite => sqlite.Value;

        public void Dispose()
        {
            foreach (var store in new[] { postgres, sqlite }.Where(store => store.IsValueCreated))
            {
                store.Value.Dispose();
            }
        }
    }

    protected override string EmptyStore()
    {
        var database = new PostgresTestDatabase();
        databases.Add(database);
        return database.ConnectionString;
    }

    public override void Dispose()
    {
        base.Dispose();
        databases.ForEach(database => database.Dispose());
    }

    [StoreFact]
    public async Task Api_json_is_byte_for_byte_what_the_sqlite_store_gives_for_the_same_articles()
    {
        using var sqliteFactory = new ReadoutWebFactory(new Readout.Web.WebSettings(stores.Sqlite.Db));
        using var sqlite = sqliteFactory.CreateClient();
        var stories = await sqlite.GetFromJsonAsync<StoryList>("/api/stories?size=200");
        var paths = stories!.Stories.Select(story => $"/api/stories/{story.Id}")
            .Concat(["/api/stories?size=200", "/api/timeline", "/api/articles?size=200", $"/api/articles/{WebStore.HostileId}", "/api/quotes?speaker=Markovska", "/api/entities?q=Markovska"]);

        foreach (var path in paths)
        {
            Assert.Equal(
                (await sqlite.GetStringAsync(path)).Replace(stores.Sqlite.Folder, "INPUTS", StringComparison.Ordinal),
                (await Client.GetStringAsync(path)).Replace(stores.Postgres.Folder, "INPUTS", StringComparison.Ordinal));
        }
    }

    [StoreFact]
    public async Task A_connection_the_server_dropped_fails_one_request_and_is_replaced()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/api/stories")).StatusCode);
        using (var connection = new NpgsqlConnection(Store.Db))
        {
            connection.Open();
            using var drop = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
            Assert.True((long)drop.ExecuteScalar()! > 0);
        }

        await Client.GetAsync("/api/stories");
        var after = await Client.GetAsync("/api/stories");

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [StoreFact]
    public async Task Serve_serves_the_postgres_store_and_names_it_without_its_password()
    {
        using var serve = CliProcess.Launch(Path.GetTempPath(), "serve", "--db", Store.Db + ";Password=sekret-word", "--urls", "http://127.0.0.1:0");
        try
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            var started = string.Empty;
            while (!started.StartsWith("serving ", StringComparison.Ordinal))
            {
                started = await serve.StandardError.ReadLineAsync(limit.Token) ?? throw new InvalidOperationException("serve exited before serving");
            }

            using var http = new HttpClient { BaseAddress = new Uri(ServingUrl().Match(started).Value) };
            var stories = await http.GetFromJsonAsync<StoryList>("/api/stories");
            using var store = ArticleStores.Open(Store.Db);

            Assert.Contains("Password=***", started);
            Assert.DoesNotContain("sekret-word", started);
            Assert.Equal(store.Stories().Count, stories!.Total);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }

    private sealed record StoryList(int Total, IReadOnlyList<StoryEntry> Stories);

    private sealed record StoryEntry(string Id);

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex ServingUrl();
}
