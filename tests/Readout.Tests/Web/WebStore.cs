using System.Text.Json.Nodes;
using Readout.Ingest;
using Readout.Pipeline;
using Readout.Storage;
using Readout.Tests.Support;

namespace Readout.Tests.Web;

/// <summary>
/// A store for the web tests: the bundled sample (samples/calls), the seed corpus when ../shared is
/// beside the checkout and asked for, and one hostile article whose title, outlet, URL and text
/// carry script tags, event-handler attributes and javascript: links; in a SQLite file, or in a
/// PostgreSQL database of its own.
/// </summary>
public sealed class WebStore : IDisposable
{
    public const string HostileId = "hostile-report";

    /// <summary>What the hostile article's scripts would set if any ran.</summary>
    public const string HostileMarker = "hostileRan";

    public const string HostileTitle = "<script>window.hostileRan=true;alert('title')</script>Hostile <b onmouseover=\"window.hostileRan=true\">report</b>";

    public const string HostileText =
        "Vladimir Putin and Donald Trump spoke by phone on Monday, the Kremlin said. <script>window.hostileRan=true;alert(1)</script> " +
        "The call lasted two hours. <img src=x onerror=\"window.hostileRan=true;alert(2)\"> Read more at <a href=\"javascript:window.hostileRan=true\">this link</a>. " +
        "\"We agreed to talk again,\" Putin said <b onmouseover=alert(3)>loudly</b>.";

    private readonly TempFolder folder = new();
    private readonly PostgresTestDatabase? database;

    public WebStore()
        : this(withSeeds: false)
    {
    }

    private WebStore(bool withSeeds, PostgresTestDatabase? database = null)
    {
        this.database = database;
        Db = database?.ConnectionString ?? folder.PathOf("web.db");
        var inputs = new List<string> { Path.Combine(RepositoryRoot(), "samples", "calls"), HostileManifest() };
        if (withSeeds && SharedCorpus.Root is not null)
        {
            inputs.Add(SharedCorpus.Path("corpus/seeds/manifest.jsonl"));
        }

        var (articles, failures) = new InputReader(IngestOptions.Default).ReadAllAsync(inputs).GetAwaiter().GetResult();
        Assert.Empty(failures);
        using var store = ArticleStores.Open(Db);
        new StoreWriter(AnalysisPipeline.Standard()).Ingest(store, articles);
    }

    public string Db { get; }

    /// <summary>The folder the store's inputs were written to: part of the hostile article's origin.</summary>
    public string Folder => folder.Root;

    /// <summary>The store with the seed corpus too, where ../shared is beside the checkout.</summary>
    public static WebStore WithSeeds() => new(withSeeds: true);

    /// <summary>The store in a fresh PostgreSQL database on the server READOUT_TEST_POSTGRES names.</summary>
    public static WebStore InPostgres() => new(withSeeds: false, new PostgresTestDatabase());

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Readout.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("Readout.slnx not found above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        folder.Dispose();
        database?.Dispose();
    }

    private string HostileManifest()
    {
        var line = new JsonObject
        {
            ["id"] = HostileId,
            ["text"] = HostileText,
            ["title"] = HostileTitle,
            ["source"] = "Evil <img src=x onerror=\"window.hostileRan=true\"> Outlet",
            ["url"] = "javascript:window.hostileRan=true",
            ["published"] = "2025-12-29",
        };
        return folder.Write("hostile/manifest.jsonl", line.ToJsonString() + "\n");
    }
}
