using System.Text;
using Readout.Tests.Support;
using Readout.Ingest;
using Readout.Stories;

namespace Readout.Tests.Ingest;

public class InputReaderTests
{
    [Fact]
    public async Task Text_file_id_is_its_stem()
    {
        using var folder = new TempFolder();
        var path = folder.Write("talks-resume.txt", "Delegations met again on Friday.");

        var (articles, failures) = await Inputs.ReadAsync([path]);

        Assert.Empty(failures);
        var article = Assert.Single(articles);
        Assert.Equal("talks-resume", article.Id);
        Assert.Equal("Delegations met again on Friday.", article.RawText);
    }

    [Fact]
    public async Task Folder_reads_every_article_file_in_order()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", "Second report.");
        folder.Write("a.txt", "First report.");
        folder.Write("sub/c.txt", "Nested report.");
        folder.Write("notes.bin", "ignored");

        var (articles, _) = await Inputs.ReadAsync([folder.Root]);

        Assert.Equal(["a", "b", "c"], articles.Select(a => a.Id));
    }

    [Fact]
    public async Task Manifest_reads_paths_and_inline_text_and_echoes_ids()
    {
        using var folder = new TempFolder();
        folder.Write("texts/one.txt", "The first article.");
        var manifest = folder.Write("manifest.jsonl", """
            {"id": "A-001", "path": "texts/one.txt", "source": "Lakeside Wire", "published": "2025-03-04", "language": "en", "title": null}
            {"id": 42, "text": "An inline article.", "url": "https://example.org/x"}
            """);

        var (articles, failures) = await Inputs.ReadAsync([manifest]);

        Assert.Empty(failures);
        Assert.Equal(["A-001", "42"], articles.Select(a => a.Id));
        Assert.Equal("Lakeside Wire", articles[0].Source);
        Assert.Equal("2025-03-04", articles[0].Published);
        Assert.Equal("https://example.org/x", articles[1].Url);
    }

    [Fact]
    public async Task Folder_with_a_manifest_is_read_through_it()
    {
        using var folder = new TempFolder();
        folder.Write("one.txt", "The first article.");
        folder.Write("manifest.jsonl", """{"id": "only", "path": "one.txt"}""");

        var (articles, _) = await Inputs.ReadAsync([folder.Root]);

        Assert.Equal("only", Assert.Single(articles).Id);
    }

    [Fact]
    public async Task Html_page_gives_main_text_and_metadata()
    {
        using var folder = new TempFolder();
        var path = folder.Write("vienna.html", SamplePages.ArticleHtml);

        var (articles, failures) = await Inputs.ReadAsync([path]);

        Assert.Empty(failures);
        var article = Assert.Single(articles);
        Assert.Equal("Harbour Times", article.Source);
        Assert.Equal("Ministers meet in Vienna", article.Title);
        Assert.Equal("en", article.Language);
        Assert.StartsWith("2025-03-04T09:30:00", article.Published);
        Assert.Contains("joint technical committee", article.RawText);
        Assert.DoesNotContain("Sport", article.RawText);
    }

    [Fact]
    public async Task Rss_items_become_articles()
    {
        using var folder = new TempFolder();
        var path = folder.Write("wire.xml", SamplePages.Rss);

        var (articles, failures) = await Inputs.ReadAsync([path]);

        Assert.Empty(failures);
        Assert.Equal(2, articles.Count);
        Assert.All(articles, a => Assert.Equal("Lakeside Wire", a.Source));
        Assert.Equal("https://lakeside.example/envoys-exchange", articles[0].Url);
        Assert.Equal("2025-03-04T10:00:00+00:00", articles[0].Published);
        Assert.Equal("2025-03-05T08:15:00+01:00", articles[1].Published);
        Assert.Contains("Ferries resumed", articles[1].RawText);
        Assert.All(articles, a => Assert.StartsWith("wire-", a.Id));
    }

    [Fact]
    public async Task Atom_entries_become_articles()
    {
        using var folder = new TempFolder();
        var path = folder.Write("ridge.atom", SamplePages.Atom);

        var (articles, _) = await Inputs.ReadAsync([path]);

        var article = Assert.Single(articles);
        Assert.Equal("Ridge Dispatch", article.Source);
        Assert.Equal("https://ridge.example/summit-date", article.Url);
        Assert.Contains("Oslo", article.RawText);
    }

    [Fact]
    public async Task Stdin_is_read_and_sniffed()
    {
        var (articles, _) = await Inputs.ReadAsync(["-"], stdin: () => new MemoryStream(Encoding.UTF8.GetBytes(SamplePages.Rss)));

        Assert.Equal(2, articles.Count);
    }

    [Fact]
    public async Task Plain_text_on_stdin_is_one_article()
    {
        var (articles, _) = await Inputs.ReadAsync(["-"], stdin: () => new MemoryStream(Encoding.UTF8.GetBytes("Talks ended without a deal.")));

        Assert.Equal("stdin", Assert.Single(articles).Id);
    }

    [Fact]
    public async Task Url_page_and_feed_are_fetched_over_http()
    {
        using var server = new LocalHttpServer();
        var page = server.Serve("/world/vienna-talks.html", "text/html; charset=utf-8", SamplePages.ArticleHtml);
        var feed = server.Serve("/feeds/wire", "application/rss+xml", SamplePages.Rss);

        var (articles, failures) = await Inputs.ReadAsync([page, feed]);

        Assert.Empty(failures);
        Assert.Equal(3, articles.Count);
        Assert.Equal(page, articles[0].Url);
        Assert.Equal("Harbour Times", articles[0].Source);
        Assert.StartsWith("vienna-talks-", articles[0].Id);
    }

    [Fact]
    public async Task Url_redirects_are_followed()
    {
        using var server = new LocalHttpServer();
        var target = server.Serve("/final.html", "text/html", SamplePages.ArticleHtml);
        var start = server.Serve("/start", "text/html", string.Empty, redirectTo: target);

        var (articles, _) = await Inputs.ReadAsync([start]);

        Assert.Equal(target, Assert.Single(articles).Url);
    }

    [Fact]
    public async Task Endless_redirects_fail_clearly()
    {
        using var server = new LocalHttpServer();
        var loop = server.Serve("/loop", "text/html", string.Empty, redirectTo: server.BaseUrl + "/loop");

        var (_, failures) = await Inputs.ReadAsync([loop], IngestOptions.Default with { MaxRedirects = 3 });

        var failure = Assert.Single(failures);
        Assert.Equal(loop, failure.Input);
    }

    [Fact]
    public async Task Url_that_times_out_fails_and_the_batch_goes_on()
    {
        using var server = new LocalHttpServer();
        using var folder = new TempFolder();
        var slow = server.Serve("/slow", "text/html", SamplePages.ArticleHtml, delay: TimeSpan.FromSeconds(5));
        var good = folder.Write("good.txt", "A good article.");

        var (articles, failures) = await Inputs.ReadAsync([slow, good], IngestOptions.Default with { Timeout = TimeSpan.FromMilliseconds(300) });

        var failure = Assert.Single(failures);
        Assert.Equal(slow, failure.Input);
        Assert.Contains("timed out", failure.Reason);
        Assert.Equal("good", Assert.Single(articles).Id);
    }

    [Fact]
    public async Task Http_error_status_fails_clearly()
    {
        using var server = new LocalHttpServer();

        var (_, failures) = await Inputs.ReadAsync([server.BaseUrl + "/missing"]);

        Assert.Contains("HTTP 404", Assert.Single(failures).Reason);
    }

    [Fact]
    public async Task Oversized_url_response_fails()
    {
        using var server = new LocalHttpServer();
        var big = server.Serve("/big.txt", "text/plain", new string('x', 5000));

        var (_, failures) = await Inputs.ReadAsync([big], IngestOptions.Default with { MaxBytes = 1000 });

        Assert.Contains("cap", Assert.Single(failures).Reason);
    }
}
