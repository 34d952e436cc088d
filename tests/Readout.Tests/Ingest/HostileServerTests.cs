using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Readout.Ingest;
using Readout.Tests.Support;

namespace Readout.Tests.Ingest;

/// <summary>Servers that misbehave: every one ends in one failure naming the URL, within the timeout, and the batch goes on.</summary>
[Collection(ProcessAllocationCollection.Name)]
public class HostileServerTests
{
    private static readonly byte[] Page = Encoding.UTF8.GetBytes(SamplePages.ArticleHtml);

    private static async Task<IngestFailure> FailsBesideAGoodFile(string url, IngestOptions? options = null)
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.txt", "A perfectly good article.");
        var (articles, failures) = await Inputs.ReadAsync([url, good], options);
        Assert.Equal("good", Assert.Single(articles).Id);
        var failure = Assert.Single(failures);
        Assert.Equal(url, failure.Input);
        return failure;
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }

    [Fact]
    public async Task Body_shorter_than_its_content_length_fails_plainly()
    {
        using var server = new RawHttpServer();
        var url = server.Serve("/short", $"HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Length: {Page.Length + 500}\nConnection: close", Page);

        var failure = await FailsBesideAGoodFile(url);

        Assert.Equal("the connection broke off before the whole response arrived", failure.Reason);
    }

    [Fact]
    public async Task A_trickled_body_is_cut_off_at_the_timeout_for_the_whole_response()
    {
        using var server = new RawHttpServer();
        var url = server.Serve("/trickle", async (stream, token) =>
        {
            await stream.WriteAsync(RawHttpServer.Ascii($"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {Page.Length}\r\n\r\n"), token);
            foreach (var b in Page)
            {
                await stream.WriteAsync(new[] { b }, token);
                await Task.Delay(100, token);
            }
        });
        var clock = Stopwatch.StartNew();

        var failure = await FailsBesideAGoodFile(url, IngestOptions.Default with { Timeout = TimeSpan.FromMilliseconds(700) });

        Assert.Contains("timed out", failure.Reason);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_trickling_url_in_a_batch_of_good_urls_costs_only_its_timeout()
    {
        using var server = new RawHttpServer();
        var good = Enumerable.Range(0, 3).Select(i => server.Serve($"/good{i}.html", $"HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Length: {Page.Length}\nConnection: close", Page)).ToList();
        var slow = server.Serve("/slow", async (stream, token) =>
        {
            await stream.WriteAsync(RawHttpServer.Ascii("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>"), token);
            await Task.Delay(TimeSpan.FromMinutes(5), token);
        });
        var clock = Stopwatch.StartNew();

        var (articles, failures) = await Inputs.ReadAsync([good[0], slow, good[1], good[2]], IngestOptions.Default with { Timeout = TimeSpan.FromMilliseconds(600) });

        Assert.Equal(3, articles.Count);
        Assert.Equal(slow, Assert.Single(failures).Input);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Corrupt_gzip_fails_plainly()
    {
        using var server = new RawHttpServer();
        var gzip = Gzip(Page);
        for (var i = 20; i < gzip.Length - 8; i += 7)
        {
            gzip[i] ^= 0x5A;
        }

        var url = server.Serve("/corrupt", $"HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: gzip\nContent-Length: {gzip.Length}\nConnection: close", gzip);

        var failure = await FailsBesideAGoodFile(url, IngestOptions.Default with { Timeout = TimeSpan.FromSeconds(5) });

        Assert.Contains("corrupt", failure.Reason);
    }

    [Fact]
    public async Task A_gzip_bomb_stops_at_the_size_cap_after_decompression()
    {
        using var server = new RawHttpServer();
        var bomb = Gzip(new byte[64 * 1024 * 1024]);
        var url = server.Serve("/bomb", $"HTTP/1.1 200 OK\nContent-Type: text/plain\nContent-Encoding: gzip\nContent-Length: {bomb.Length}\nConnection: close", bomb);
        var before = GC.GetTotalAllocatedBytes();

        var failure = await FailsBesideAGoodFile(url, IngestOptions.Default with { MaxBytes = 1024 * 1024 });

        Assert.Contains("over the size cap", failure.Reason);
        Assert.True(GC.GetTotalAllocatedBytes() - before < 32L * 1024 * 1024, "the bomb was decompressed past the cap");
    }

    [Theory]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("javascript:alert(1)", "javascript")]
    public async Task A_redirect_to_another_scheme_is_refused(string location, string scheme)
    {
        using var server = new RawHttpServer();
        var url = server.Serve("/away", $"HTTP/1.1 302 Found\nLocation: {location}\nContent-Length: 0\nConnection: close", []);

        var failure = await FailsBesideAGoodFile(url);

        Assert.Equal($"redirected to a {scheme}: URL; only http and https are followed", failure.Reason);
    }

    [Fact]
    public async Task A_redirect_loop_is_named()
    {
        using var server = new RawHttpServer();
        var a = server.BaseUrl + "/a";
        var b = server.BaseUrl + "/b";
        server.Serve("/a", $"HTTP/1.1 302 Found\nLocation: {b}\nContent-Length: 0\nConnection: close", []);
        server.Serve("/b", $"HTTP/1.1 301 Moved\nLocation: /a\nContent-Length: 0\nConnection: close", []);

        var failure = await FailsBesideAGoodFile(a);

        Assert.Equal($"redirect loop: {a} -> {b} -> {a}", failure.Reason);
    }

    [Fact]
    public async Task Redirects_are_counted()
    {
        using var server = new RawHttpServer();
        for (var hop = 0; hop < 10; hop++)
        {
            server.Serve($"/hop{hop}", $"HTTP/1.1 302 Found\nLocation: /hop{hop + 1}\nContent-Length: 0\nConnection: close", []);
        }

        var failure = await FailsBesideAGoodFile(server.BaseUrl + "/hop0", IngestOptions.Default with { MaxRedirects = 3 });

        Assert.Equal("more than 3 redirects", failure.Reason);
    }

    [Fact]
    public async Task A_remote_manifest_is_refused_and_its_paths_never_read_from_disk()
    {
        using var folder = new TempFolder();
        var secret = folder.Write("secret.txt", "A local file a remote manifest must never reach.");
        using var server = new RawHttpServer();
        var manifest = Encoding.UTF8.GetBytes($"{{\"id\": \"x\", \"path\": \"{secret}\"}}\n");
        var url = server.Serve("/list.jsonl", $"HTTP/1.1 200 OK\nContent-Type: application/x-ndjson\nContent-Length: {manifest.Length}\nConnection: close", manifest);

        var failure = await FailsBesideAGoodFile(url);

        Assert.StartsWith("is a JSON Lines manifest", failure.Reason);
    }

    [Fact]
    public async Task A_manifest_served_as_plain_text_is_recognised_too()
    {
        using var server = new RawHttpServer();
        var manifest = Encoding.UTF8.GetBytes("{\"id\": \"x\", \"text\": \"Talks went on.\"}\n");
        var url = server.Serve("/list", $"HTTP/1.1 200 OK\nContent-Type: text/plain\nContent-Length: {manifest.Length}\nConnection: close", manifest);

        var failure = await FailsBesideAGoodFile(url);

        Assert.StartsWith("is a JSON Lines manifest", failure.Reason);
    }
}
