using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Readout.Tests.Support;
using Readout.Web;

namespace Readout.Tests.Web;

/// <summary>Writes through the web app: ingest by API and form, malformed and oversized bodies, the token, cross-site posts, and what a URL fetch refuses.</summary>
public sealed class WebWriteTests : IDisposable
{
    private const string CallText = "Olaf Scholz and Emmanuel Macron spoke by phone on Tuesday, the chancellery said. The call lasted about an hour. The two leaders agreed to meet in Paris next month.";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Pasted_article_shows_the_stories_it_changed()
    {
        using var factory = Factory();
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/add", Form(("text", CallText), ("title", "Scholz and Macron <talk>"), ("source", "Wire")));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<ul id=\"changed\">", html);
        Assert.Contains("created", html);
        Assert.Contains(IngestService.PastedId(CallText), html);
    }

    [Fact]
    public async Task Uploaded_files_are_read_as_the_cli_reads_them_and_other_files_refused()
    {
        using var factory = Factory();
        using var client = factory.CreateClient();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(CallText)), "files", "scholz-macron.txt" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("{\"id\":\"x\",\"path\":\"/etc/passwd\"}")), "files", "manifest.jsonl" },
        };

        var html = await (await client.PostAsync("/add", form)).Content.ReadAsStringAsync();

        Assert.Contains("scholz-macron</a>: added", html);
        Assert.Contains("manifest.jsonl: not an article file", html);
    }

    [Theory]
    [InlineData("{\"articles\": [")]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"articles\": [1]}")]
    [InlineData("{\"articles\": {}}")]
    public async Task Bad_json_is_a_400_problem(string body)
    {
        using var factory = Factory();
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/ingest", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Oversized_bodies_are_413_problems()
    {
        using var factory = Factory(maxBodyBytes: 1000);
        using var client = factory.CreateClient();
        var large = new string('x', 2000);

        var api = await client.PostAsync("/api/ingest", Body(new JsonObject { ["articles"] = new JsonArray(Article("big", large)) }));
        var page = await client.PostAsync("/add", Form(("text", large)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, api.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task With_a_token_every_api_call_and_write_must_carry_it()
    {
        using var factory = Factory(token: "s3cret");
        using var client = factory.CreateClient();

        var missing = await client.GetAsync("/api/stories");
        var wrong = await Send(client, HttpMethod.Get, "/api/stories", "guess");
        var right = await Send(client, HttpMethod.Get, "/api/stories", "s3cret");
        var ingestWithout = await client.PostAsync("/api/ingest", Body(new JsonObject { ["articles"] = new JsonArray() }));
        var formWithout = await client.PostAsync("/add", Form(("text", CallText)));
        var formWith = await client.PostAsync("/add", Form(("text", CallText), ("token", "s3cret")));

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", missing.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, ingestWithout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, formWithout.StatusCode);
        Assert.Equal(HttpStatusCode.OK, formWith.StatusCode);
        Assert.Contains("name=\"token\"", await client.GetStringAsync("/add"));
    }

    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task A_write_posted_from_another_site_is_refused(string header, string value)
    {
        using var factory = Factory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/add") { Content = Form(("text", CallText)) };
        request.Headers.Add(header, value);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request)).StatusCode);
        Assert.Empty(JsonNode.Parse(await client.GetStringAsync("/api/articles"))!["articles"]!.AsArray());
    }

    [Fact]
    public async Task Fetching_refuses_other_schemes_and_internal_addresses()
    {
        using var server = new LocalHttpServer();
        var page = server.Serve("/call.txt", "text/plain", CallText);
        using var factory = Factory();
        using var client = factory.CreateClient();
        var urls = new JsonArray("file:///etc/passwd", "ftp://example.org/a.txt", "/etc/passwd", page, page.Replace("127.0.0.1", "localhost", StringComparison.Ordinal));

        var outcome = JsonNode.Parse(await (await client.PostAsync("/api/ingest", Body(new JsonObject { ["urls"] = urls }))).Content.ReadAsStringAsync())!;

        Assert.Empty(outcome["stored"]!.AsArray());
        Assert.Equal(5, outcome["errors"]!.AsArray().Count);
        Assert.Equal(0, server.Hits("/call.txt").Requests);
    }

    [Fact]
    public async Task Fetching_an_internal_address_works_when_the_setting_allows_it()
    {
        using var server = new LocalHttpServer();
        var page = server.Serve("/call.txt", "text/plain", CallText);
        using var factory = Factory(allowPrivateFetch: true);
        using var client = factory.CreateClient();

        var outcome = JsonNode.Parse(await (await client.PostAsync("/api/ingest", Body(new JsonObject { ["urls"] = new JsonArray(page) }))).Content.ReadAsStringAsync())!;

        Assert.Equal("added", outcome["stored"]![0]!["outcome"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.8.9.10", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.16.0.1", true)]
    [InlineData("172.32.0.1", false)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("224.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("93.184.216.34", false)]
    [InlineData("2606:2800:220:1::1", false)]
    public void Internal_addresses_are_told_apart(string address, bool isInternal) =>
        Assert.Equal(isInternal, FetchGuard.IsInternal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("http://127.0.0.1:5080", null, true)]
    [InlineData("http://localhost:5080;http://[::1]:5080", null, true)]
    [InlineData("http://0.0.0.0:5080", null, false)]
    [InlineData("http://*:5080", null, false)]
    [InlineData("http://192.168.1.5:80", null, false)]
    [InlineData("http://127.0.0.1:5080;http://+:80", null, false)]
    [InlineData("http://0.0.0.0:5080", "token", true)]
    public void Binding_beyond_loopback_needs_a_token(string urls, string? token, bool starts) =>
        Assert.Equal(starts, BindingCheck.Problem(urls, token) is null);

    [Fact]
    public async Task Serve_refuses_to_start_off_loopback_without_a_token()
    {
        var result = await InProcessCli.RunAsync("serve", "--urls", "http://0.0.0.0:0", "--db", folder.PathOf("refused.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--token", result.Stderr);
        Assert.False(File.Exists(folder.PathOf("refused.db")));
    }

    [Fact]
    public void Ports_given_without_urls_bind_every_address_and_need_a_token()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ReadoutWebApp.Create(["--http_ports=8080"], new WebSettings(folder.PathOf("ports.db"))));

        Assert.Contains("http://*:8080", error.Message);
    }

    private ReadoutWebFactory Factory(string? token = null, bool allowPrivateFetch = false, long maxBodyBytes = WebSettings.DefaultMaxBodyBytes) =>
        new(new WebSettings(folder.PathOf($"{Guid.NewGuid():N}.db"), token, allowPrivateFetch, maxBodyBytes));

    private static JsonObject Article(string id, string text) => new() { ["id"] = id, ["text"] = text, ["source"] = "Wire", ["published"] = "2025-11-04" };

    private static StringContent Body(JsonNode json) => new(json.ToJsonString(), Encoding.UTF8, "application/json");

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }
}
