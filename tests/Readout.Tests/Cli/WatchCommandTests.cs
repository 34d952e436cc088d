using System.Diagnostics;
using Readout.Cli;
using Readout.Storage;
using Readout.Tests.Ingest;
using Readout.Tests.Support;

namespace Readout.Tests.Cli;

/// <summary><c>readout watch</c> as a real process: a feed served on 127.0.0.1, stopped by SIGTERM.</summary>
public class WatchCommandTests
{
    [Fact]
    public async Task Watch_stores_a_served_feed_and_stops_with_exit_code_0_on_sigterm()
    {
        using var server = new LocalHttpServer();
        var page = server.Serve("/vienna.html", "text/html", SamplePages.ArticleHtml);
        var feed = server.Serve(
            "/feed.xml",
            "application/rss+xml",
            $"""
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Test Wire</title>
            <item><title>Ministers meet</title><link>{page}</link><description>Short teaser.</description></item>
            <item><title>Talks resume</title><link>{server.BaseUrl}/gone.html</link><description>The talks between the two delegations resumed in Porto on Wednesday.</description></item>
            </channel></rss>
            """,
            etag: "\"v1\"");
        using var folder = new TempFolder();
        var db = folder.PathOf("watch.db");
        await using var watch = CliProcess.Start(folder.Root, "watch", feed, "--interval", "0.5", "--db", db, "--quiet");

        var waited = Stopwatch.StartNew();
        while (!(StoredCount(db) == 2 && server.Hits("/feed.xml").NotModified > 0))
        {
            Assert.False(watch.HasExited, "watch exited before it was stopped");
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(90), "the feed's articles were not stored within 90 s");
            await Task.Delay(200);
        }

        watch.SendSigterm();
        var run = await watch.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("created", run.Stdout);
        Assert.Contains($"error: {server.BaseUrl}/gone.html: ", run.Stderr);
        using var store = new ArticleStore(db);
        var articles = store.Articles(store.ArticleIds());
        Assert.Equal(2, articles.Count);
        Assert.Contains(articles, article => article.Url == page && !article.RawText.Contains("Short teaser", StringComparison.Ordinal));
        Assert.Contains(articles, article => article.RawText.Contains("Porto", StringComparison.Ordinal));
        Assert.NotEmpty(store.Search("Porto"));
        Assert.NotEmpty(store.Stories());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("soon")]
    public async Task A_bad_interval_is_a_usage_error(string interval)
    {
        using var folder = new TempFolder();

        var run = await InProcessCli.RunAsync("watch", folder.Root, "--interval", interval, "--db", folder.PathOf("watch.db"));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("error:", run.Stderr);
        Assert.False(File.Exists(folder.PathOf("watch.db")));
    }

    [Fact]
    public async Task Watch_without_a_source_is_a_usage_error()
    {
        var run = await InProcessCli.RunAsync("watch");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("at least one SOURCE", run.Stderr);
    }

    private static int StoredCount(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        using var store = new ArticleStore(db);
        return store.ArticleCount;
    }
}
