using Readout.Tests.Ingest;
using Readout.Tests.Support;
using Readout.Ingest;
using Readout.Pipeline;
using Readout.Storage;
using Readout.Stories;
using Readout.Watch;

namespace Readout.Tests.Watch;

public class SourceWatcherTests
{
    private static readonly WatchOptions EveryMinute = new(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10), FetchArticlePages: false);

    [Fact]
    public async Task An_unchanged_feed_is_asked_for_conditionally_and_brings_nothing()
    {
        using var server = new LocalHttpServer();
        var feed = server.Serve("/feed", "application/rss+xml", Rss(("a", "The ministers met in Lisbon on Monday.")), etag: "\"v1\"");
        var clock = new ManualClock();
        var watcher = new SourceWatcher([feed], Reader(), EveryMinute, clock);

        var first = Assert.Single(await watcher.PollDueAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(1));
        var second = Assert.Single(await watcher.PollDueAsync(CancellationToken.None));

        Assert.Single(first.Articles);
        Assert.True(second.NotModified);
        Assert.Empty(second.Articles);
        Assert.Equal((2, 1), server.Hits("/feed"));
    }

    [Fact]
    public async Task Only_new_feed_items_come_back()
    {
        using var server = new LocalHttpServer();
        var feed = server.Serve("/feed", "application/rss+xml", Rss(("a", "The ministers met in Lisbon on Monday.")), etag: "\"v1\"");
        var clock = new ManualClock();
        var watcher = new SourceWatcher([feed], Reader(), EveryMinute, clock);
        await watcher.PollDueAsync(CancellationToken.None);

        server.Serve("/feed", "application/rss+xml", Rss(("a", "The ministers met in Lisbon on Monday."), ("b", "The talks resumed in Porto on Wednesday.")), etag: "\"v2\"");
        clock.Advance(TimeSpan.FromMinutes(1));
        var poll = Assert.Single(await watcher.PollDueAsync(CancellationToken.None));

        Assert.Contains("Porto", Assert.Single(poll.Articles).RawText);
    }

    [Fact]
    public async Task A_feed_item_takes_the_main_text_of_the_page_behind_it()
    {
        using var server = new LocalHttpServer();
        var page = server.Serve("/story.html", "text/html", SamplePages.ArticleHtml);
        var feed = server.Serve("/feed", "application/rss+xml", Rss(("a", "Short teaser.", page)));
        var watcher = new SourceWatcher([feed], Reader(), EveryMinute with { FetchArticlePages = true }, new ManualClock());

        var article = Assert.Single(Assert.Single(await watcher.PollDueAsync(CancellationToken.None)).Articles);

        Assert.Equal(page, article.Url);
        Assert.DoesNotContain("Short teaser", article.RawText);
        Assert.True(article.RawText.Length > 100);
    }

    [Fact]
    public async Task A_failing_source_is_backed_off_alone_and_recovers()
    {
        using var server = new LocalHttpServer();
        var broken = server.Serve("/broken", "text/plain", "down", status: 503);
        var healthy = server.Serve("/feed", "application/rss+xml", Rss(("a", "The ministers met in Lisbon on Monday.")));
        var clock = new ManualClock();
        var watcher = new SourceWatcher([broken, healthy], Reader(), EveryMinute, clock);

        var first = await watcher.PollDueAsync(CancellationToken.None);
        Assert.Contains("503", Assert.Single(first[0].Failures).Reason);
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromMinutes(2), first[0].NextDue);
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromMinutes(1), first[1].NextDue);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal([healthy], (await watcher.PollDueAsync(CancellationToken.None)).Select(poll => poll.Source));

        clock.Advance(TimeSpan.FromMinutes(1));
        var again = await watcher.PollDueAsync(CancellationToken.None);
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromMinutes(4), again.Single(poll => poll.Source == broken).NextDue);

        server.Serve("/broken", "application/rss+xml", Rss(("z", "The envoys spoke by phone on Friday.")));
        clock.Advance(TimeSpan.FromMinutes(4));
        var recovered = (await watcher.PollDueAsync(CancellationToken.None)).Single(poll => poll.Source == broken);
        Assert.Empty(recovered.Failures);
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromMinutes(1), recovered.NextDue);
    }

    [Fact]
    public async Task A_folder_brings_new_and_changed_files_once()
    {
        using var folder = new TempFolder();
        folder.Write("one.txt", "The ministers met in Lisbon on Monday.");
        var clock = new ManualClock();
        var watcher = new SourceWatcher([folder.Root], Reader(), EveryMinute, clock);

        var first = Assert.Single(await watcher.PollDueAsync(CancellationToken.None));
        folder.Write("two.txt", "The talks resumed in Porto on Wednesday.");
        clock.Advance(TimeSpan.FromMinutes(1));
        var second = Assert.Single(await watcher.PollDueAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(1));
        var third = Assert.Single(await watcher.PollDueAsync(CancellationToken.None));

        Assert.Equal("one", Assert.Single(first.Articles).Id);
        Assert.Equal("two", Assert.Single(second.Articles).Id);
        Assert.Empty(third.Articles);
    }

    [Fact]
    public async Task A_changed_page_is_a_new_version()
    {
        using var server = new LocalHttpServer();
        var page = server.Serve("/live.html", "text/html", SamplePages.ArticleHtml);
        var clock = new ManualClock();
        var watcher = new SourceWatcher([page], Reader(), EveryMinute, clock);

        var first = Assert.Single(Assert.Single(await watcher.PollDueAsync(CancellationToken.None)).Articles);
        clock.Advance(TimeSpan.FromMinutes(1));
        var unchanged = Assert.Single(await watcher.PollDueAsync(CancellationToken.None));
        server.Serve("/live.html", "text/html", SamplePages.ArticleHtml.Replace("Vienna", "Geneva", StringComparison.Ordinal));
        clock.Advance(TimeSpan.FromMinutes(1));
        var changed = Assert.Single(Assert.Single(await watcher.PollDueAsync(CancellationToken.None)).Articles);

        Assert.Empty(unchanged.Articles);
        Assert.NotEqual(first.Id, changed.Id);
        Assert.Contains("Geneva", changed.RawText);
    }

    [Fact]
    public async Task Run_hands_each_round_to_ingest_and_stops_when_asked()
    {
        using var folder = new TempFolder();
        folder.Write("one.txt", "The ministers met in Lisbon on Monday.");
        using var stop = new CancellationTokenSource();
        var ingested = new List<string>();
        var watcher = new SourceWatcher([folder.Root], Reader(), EveryMinute, new ManualClock());

        await watcher.RunAsync(
            articles =>
            {
                ingested.AddRange(articles.Select(article => article.Id));
                stop.Cancel();
                return Task.CompletedTask;
            },
            _ => { },
            stop.Token).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(["one"], ingested);
    }

    [Fact]
    public void Source_lists_read_opml_and_plain_lines()
    {
        using var folder = new TempFolder();
        var opml = folder.Write("feeds.opml", """
            <?xml version="1.0"?>
            <opml version="2.0"><body>
              <outline text="Wires"><outline text="A" xmlUrl="https://a.example/rss"/><outline text="B" xmlUrl="https://b.example/atom"/></outline>
            </body></opml>
            """);
        var plain = folder.Write("sources.txt", "# wires\nhttps://a.example/rss\n\n/data/inbox\nhttps://a.example/rss\n");

        Assert.Equal(["https://a.example/rss", "https://b.example/atom"], SourceList.Read(opml));
        Assert.Equal(["https://a.example/rss", "/data/inbox"], SourceList.Read(plain));
        Assert.Throws<InputException>(() => SourceList.Read(folder.PathOf("missing.txt")));
    }

    [Fact]
    public void Backoff_doubles_per_failure_up_to_its_cap()
    {
        var options = new WatchOptions(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));

        Assert.Equal(
            [1, 2, 4, 5, 5],
            new[] { 0, 1, 2, 3, 40 }.Select(failures => options.Backoff(failures).TotalMinutes));
    }

    [Fact]
    public async Task A_watcher_started_again_fetches_no_page_behind_a_feed_item_the_store_holds()
    {
        using var server = new LocalHttpServer();
        var page = server.Serve("/story.html", "text/html", SamplePages.ArticleHtml);
        var feed = server.Serve("/feed", "application/rss+xml", Rss(("a", "Short teaser.", page)));
        using var folder = new TempFolder();
        using var store = new ArticleStore(folder.PathOf("watch.db"));
        var writer = new StoreWriter(AnalysisPipeline.Standard());
        var options = EveryMinute with { FetchArticlePages = true };

        var first = new SourceWatcher([feed], Reader(), options, new ManualClock(), article => store.StoredCopy(article) is not null);
        writer.Ingest(store, Assert.Single(await first.PollDueAsync(CancellationToken.None)).Articles);
        var again = new SourceWatcher([feed], Reader(), options, new ManualClock(), article => store.StoredCopy(article) is not null);
        var poll = Assert.Single(await again.PollDueAsync(CancellationToken.None));

        Assert.Empty(poll.Articles);
        Assert.Equal(1, server.Hits("/story.html").Requests);
        Assert.Equal(1, store.ArticleCount);
    }

    private static InputReader Reader() => new(IngestOptions.Default with { Timeout = TimeSpan.FromSeconds(10) });

    private static string Rss(params (string Id, string Text, string? Link)[] items) =>
        $"""
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Test Wire</title>
        {string.Concat(items.Select(item => $"<item><title>{item.Id}</title><link>{item.Link ?? "https://wire.example/" + item.Id}</link><description>{item.Text}</description></item>"))}
        </channel></rss>
        """;

    private static string Rss(params (string Id, string Text)[] items) =>
        Rss([.. items.Select(item => (item.Id, item.Text, (string?)null))]);

    /// <summary>A clock the test moves by hand.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
