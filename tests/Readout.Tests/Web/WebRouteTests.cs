using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Readout.Tests.Support;
using Readout.Web;

namespace Readout.Tests.Web;

/// <summary>Every page and read route of the web app over a store of the bundled sample and a hostile article.</summary>
public sealed class WebRouteTests : IClassFixture<WebStore>, IDisposable
{
    private readonly WebStore store;
    private readonly ReadoutWebFactory factory;
    private readonly HttpClient client;

    public WebRouteTests(WebStore store)
    {
        this.store = store;
        factory = new ReadoutWebFactory(new WebSettings(store.Db));
        client = factory.CreateClient();
    }

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task Api_story_is_what_show_prints_as_json()
    {
        var id = (await Json("/api/stories"))["stories"]![0]!["id"]!.GetValue<string>();
        var cli = await InProcessCli.RunAsync("show", id, "--format", "json", "--db", store.Db);

        Assert.Equal(cli.Stdout.TrimEnd(), await client.GetStringAsync($"/api/stories/{id}"));
    }

    [Fact]
    public async Task Api_article_is_what_show_prints_as_json()
    {
        var cli = await InProcessCli.RunAsync("show", "globalwire-vienna", "--format", "json", "--db", store.Db);

        Assert.Equal(cli.Stdout.TrimEnd(), await client.GetStringAsync("/api/articles/globalwire-vienna"));
    }

    [Fact]
    public async Task Api_timeline_is_what_timeline_prints_as_json()
    {
        var cli = await InProcessCli.RunAsync("timeline", "--actor", "Markovska", "--format", "json", "--db", store.Db);

        Assert.Equal(cli.Stdout.TrimEnd(), await client.GetStringAsync("/api/timeline?actor=Markovska"));
    }

    [Fact]
    public async Task Api_stories_filter_and_page()
    {
        var all = await Json("/api/stories");
        var total = all["total"]!.GetValue<int>();
        var second = await Json("/api/stories?size=1&page=2");
        var byActor = await Json("/api/stories?actor=Markovska");
        var byOutlet = await Json("/api/stories?outlet=GlobalWire");
        var byText = await Json("/api/stories?q=Vienna");
        var outOfRange = await Json("/api/stories?from=2030-01-01");

        Assert.True(total >= 3);
        Assert.Equal(all["stories"]![1]!["id"]!.GetValue<string>(), Assert.Single(second["stories"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.All(byActor["stories"]!.AsArray(), s => Assert.Contains("Ilona Markovska", s!["event"]!["participants"]!.AsArray().Select(p => p!.GetValue<string>())));
        Assert.InRange(byActor["total"]!.GetValue<int>(), 1, total - 1);
        Assert.InRange(byOutlet["total"]!.GetValue<int>(), 1, total - 1);
        Assert.InRange(byText["total"]!.GetValue<int>(), 1, total - 1);
        Assert.Equal(0, outOfRange["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Api_lists_articles_entities_quotes_and_search_hits()
    {
        var articles = await Json("/api/articles?size=2");
        var entities = await Json("/api/entities?q=Markovska");
        var quotes = (await Json("/api/quotes?speaker=Markovska")).AsArray();
        var hits = (await Json("/api/search?q=Vienna")).AsArray();

        Assert.Equal(2, articles["articles"]!.AsArray().Count);
        Assert.True(articles["total"]!.GetValue<int>() >= 8);
        Assert.Equal("Ilona Markovska", entities["entities"]![0]!["name"]!.GetValue<string>());
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Contains("Markovska", q!["speaker"]!.GetValue<string>()));
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("[Vienna]", h!["snippet"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/api/stories/no-such-story")]
    [InlineData("/api/articles/no-such-article")]
    [InlineData("/api/nothing-here")]
    public async Task Unknown_ids_are_404_problems(string path)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/stories/no-such-story")]
    [InlineData("/articles/no-such-article")]
    public async Task Unknown_ids_are_404_pages(string path)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/quotes")]
    [InlineData("/api/search")]
    public async Task Missing_required_query_is_a_400_problem(string path)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Pages_render_under_the_content_security_policy()
    {
        var id = (await Json("/api/stories"))["stories"]![0]!["id"]!.GetValue<string>();
        foreach (var path in new[] { "/", "/?q=Vienna&actor=Markovska&type=CONSULT&from=2026-01-01&to=2026-12-31&outlet=Wire", $"/stories/{id}", "/articles/globalwire-vienna", "/people/Ilona%20Markovska", "/add" })
        {
            var response = await client.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            Assert.Equal(ReadoutWebApp.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.DoesNotContain("<script>", html);
            Assert.DoesNotContain(" style=", html);
        }
    }

    [Fact]
    public async Task Story_page_marks_the_sentences_asserting_each_fact()
    {
        var story = (await Json("/api/stories?q=Vienna"))["stories"]![0]!;
        var duration = story["event"]!["facts"]!.AsArray().Select((fact, index) => (Fact: fact!, Index: index)).First(f => f.Fact["slot"]!.GetValue<string>() == "duration_minutes");
        var html = await client.GetStringAsync($"/stories/{story["id"]}");

        Assert.Contains($"data-key=\"f{duration.Index}\" data-slot=\"duration_minutes\"", html);
        Assert.Matches($"<span class=\"ev\" data-keys=\"[^\"]*\\bf{duration.Index}\\b[^\"]*\">[^<]*(hour|minute)", html);
    }

    [Fact]
    public async Task Static_files_timeline_updates_and_openapi_are_served()
    {
        Assert.Contains(".ev.hl", await client.GetStringAsync("/static/site.css"));
        Assert.Contains("data-keys~=", await client.GetStringAsync("/static/story.js"));
        Assert.Contains("/updates", await client.GetStringAsync("/static/live.js"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/static/missing.js")).StatusCode);
        var updates = await Json("/updates?after=0");
        Assert.True(updates["seq"]!.GetValue<long>() > 0);
        Assert.NotEmpty(updates["stories"]!.AsArray());
        Assert.Empty((await Json($"/updates?after={updates["seq"]}"))["stories"]!.AsArray());
    }

    [Fact]
    public async Task Openapi_document_lists_every_api_route_and_no_page()
    {
        var paths = (await Json("/openapi/v1.json"))["paths"]!.AsObject().Select(p => p.Key).ToHashSet();
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .ToList();

        Assert.Contains(routes, r => r.StartsWith("/api/", StringComparison.Ordinal));
        Assert.All(routes.Where(r => r.StartsWith("/api/", StringComparison.Ordinal)), route => Assert.Contains(route, paths));
        Assert.All(paths, path => Assert.StartsWith("/api/", path));
    }

    [Fact]
    public async Task Hostile_article_is_encoded_everywhere()
    {
        var stored = await Json($"/api/articles/{WebStore.HostileId}");
        Assert.Contains("<script>", stored["articles"]![0]!["text"]!.GetValue<string>());
        Assert.StartsWith("javascript:", stored["articles"]![0]!["url"]!.GetValue<string>());
        var story = (await Json("/api/articles?size=200"))["articles"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == WebStore.HostileId)!["story"]!.GetValue<string>();

        foreach (var (path, encoded) in new[]
        {
            ($"/articles/{WebStore.HostileId}", "&lt;script&gt;window.hostileRan=true"),
            ($"/stories/{story}", "&lt;script&gt;window.hostileRan=true"),
            ("/?q=hostileRan", "&lt;img src=x onerror="),
            ("/people/Vladimir%20Putin", "Vladimir Putin"),
        })
        {
            var html = await client.GetStringAsync(path);

            Assert.DoesNotContain("<script>window", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<b onmouseover", html);
            Assert.DoesNotContain("href=\"javascript:", html);
            Assert.Contains(encoded, html);
        }
    }

    [Fact]
    public void A_link_is_made_only_for_http_urls()
    {
        Assert.Equal("javascript:alert(1)", Markup.ExternalLink("javascript:alert(1)").Html);
        Assert.Equal("data:text/html,&lt;script&gt;", Markup.ExternalLink("data:text/html,<script>").Html);
        Assert.StartsWith("<a href=\"https://example.org/a?b=1&amp;c=2\"", Markup.ExternalLink("https://example.org/a?b=1&c=2").Html);
    }

    private async Task<JsonNode> Json(string path) => JsonNode.Parse(await client.GetStringAsync(path))!;
}
