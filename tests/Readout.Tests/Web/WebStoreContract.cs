using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Readout.Tests.Support;
using Readout.Web;

namespace Readout.Tests.Web;

/// <summary>
/// The web app's pages and API over a store of the bundled sample and a hostile article, the same
/// whatever holds the store: each store class inherits these facts, with its own <see cref="WebStore"/>.
/// </summary>
public abstract class WebStoreContract : IDisposable
{
    protected WebStoreContract(WebStore store)
    {
        Store = store;
        Factory = new ReadoutWebFactory(new WebSettings(store.Db));
        Client = Factory.CreateClient();
    }

    protected WebStore Store { get; }

    protected ReadoutWebFactory Factory { get; }

    protected HttpClient Client { get; }

    /// <summary>A fresh, empty store's location, for a test that writes.</summary>
    protected abstract string EmptyStore();

    public virtual void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }

    [StoreFact]
    public async Task Api_story_is_what_show_prints_as_json()
    {
        var id = (await Json("/api/stories"))["stories"]![0]!["id"]!.GetValue<string>();
        var cli = await InProcessCli.RunAsync("show", id, "--format", "json", "--db", Store.Db);

        Assert.Equal(cli.Stdout.TrimEnd(), await Client.GetStringAsync($"/api/stories/{id}"));
    }

    [StoreFact]
    public async Task Api_article_is_what_show_prints_as_json()
    {
        var cli = await InProcessCli.RunAsync("show", "globalwire-vienna", "--format", "json", "--db", Store.Db);

        Assert.Equal(cli.Stdout.TrimEnd(), await Client.GetStringAsync("/api/articles/globalwire-vienna"));
    }

    [StoreFact]
    public async Task Api_timeline_is_what_timeline_prints_as_json()
    {
        var cli = await InProcessCli.RunAsync("timeline", "--actor", "Markovska", "--format", "json", "--db", Store.Db);

        Assert.Equal(cli.Stdout.TrimEnd(), await Client.GetStringAsync("/api/timeline?actor=Markovska"));
    }

    [StoreFact]
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

    [StoreFact]
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

    [StoreFact]
    public async Task Pages_render_under_the_content_security_policy()
    {
        var id = (await Json("/api/stories"))["stories"]![0]!["id"]!.GetValue<string>();
        foreach (var path in new[] { "/", "/?q=Vienna&actor=Markovska&type=CONSULT&from=2026-01-01&to=2026-12-31&outlet=Wire", $"/stories/{id}", "/articles/globalwire-vienna", "/people/Ilona%20Markovska", "/add" })
        {
            var response = await Client.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            Assert.Equal(ReadoutWebApp.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.DoesNotContain("<script>", html);
            Assert.DoesNotContain(" style=", html);
        }
    }

    [StoreFact]
    public async Task Timeline_search_keeps_only_the_stories_whose_articles_match()
    {
        var vienna = await Client.GetStringAsync("/?q=Vienna");
        var nothing = await Client.GetStringAsync("/?q=zzyzxunmatched");
        var viennaStories = (await Json("/api/stories?q=Vienna"))["stories"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToList();
        var others = (await Json("/api/stories"))["stories"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).Except(viennaStories).ToList();

        Assert.NotEmpty(viennaStories);
        Assert.NotEmpty(others);
        Assert.All(viennaStories, id => Assert.Contains($"/stories/{id}\"", vienna));
        Assert.All(others, id => Assert.DoesNotContain($"/stories/{id}\"", vienna));
        Assert.DoesNotContain("/stories/", nothing);
    }

    [StoreFact]
    public async Task Story_page_marks_the_sentences_asserting_each_fact()
    {
        var story = (await Json("/api/stories?q=Vienna"))["stories"]![0]!;
        var duration = story["event"]!["facts"]!.AsArray().Select((fact, index) => (Fact: fact!, Index: index)).First(f => f.Fact["slot"]!.GetValue<string>() == "duration_minutes");
        var html = await Client.GetStringAsync($"/stories/{story["id"]}");

        Assert.Contains($"data-key=\"f{duration.Index}\" data-slot=\"duration_minutes\"", html);
        Assert.Matches($"<span class=\"ev\" data-keys=\"[^\"]*\\bf{duration.Index}\\b[^\"]*\">[^<]*(hour|minute)", html);
    }

    [StoreFact]
    public async Task Static_files_timeline_updates_and_openapi_are_served()
    {
        Assert.Contains(".ev.hl", await Client.GetStringAsync("/static/site.css"));
        Assert.Contains("data-keys~=", await Client.GetStringAsync("/static/story.js"));
        Assert.Contains("/updates", await Client.GetStringAsync("/static/live.js"));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/static/missing.js")).StatusCode);
        var updates = await Json("/updates?after=0");
        Assert.True(updates["seq"]!.GetValue<long>() > 0);
        Assert.NotEmpty(updates["stories"]!.AsArray());
        Assert.Empty((await Json($"/updates?after={updates["seq"]}"))["stories"]!.AsArray());
    }

    [StoreFact]
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
            ("/?q=hostile", "&lt;img src=x onerror="),
            ("/people/Vladimir%20Putin", "Vladimir Putin"),
        })
        {
            var html = await Client.GetStringAsync(path);

            Assert.DoesNotContain("<script>window", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<b onmouseover", html);
            Assert.DoesNotContain("href=\"javascript:", html);
            Assert.Contains(encoded, html);
        }
    }

    [StoreFact]
    public async Task Ingest_by_api_stores_places_and_shows_on_the_live_feed()
    {
        const string callText = "Olaf Scholz and Emmanuel Macron spoke by phone on Tuesday, the chancellery said. The call lasted about an hour. The two leaders agreed to meet in Paris next month.";
        using var factory = new ReadoutWebFactory(new WebSettings(EmptyStore()));
        using var client = factory.CreateClient();
        var before = JsonNode.Parse(await client.GetStringAsync("/updates"))!["seq"]!.GetValue<long>();

        var response = await client.PostAsync("/api/ingest", Articles(("call-1", callText)));
        var outcome = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("added", outcome["stored"]![0]!["outcome"]!.GetValue<string>());
        var change = outcome["changes"]![0]!;
        Assert.Equal("created", change["kind"]!.GetValue<string>());
        var live = JsonNode.Parse(await client.GetStringAsync($"/updates?after={before}"))!;
        Assert.Contains(change["story"]!.GetValue<string>(), live["stories"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));
        Assert.Equal(1, JsonNode.Parse(await client.GetStringAsync("/api/stories"))!["total"]!.GetValue<int>());
        Assert.Contains($"/stories/{change["story"]}\"", await client.GetStringAsync("/?q=Macron"));

        var again = JsonNode.Parse(await (await client.PostAsync("/api/ingest", Articles(("call-1-again", callText)))).Content.ReadAsStringAsync())!;
        Assert.Equal("duplicate", again["stored"]![0]!["outcome"]!.GetValue<string>());
    }

    protected async Task<JsonNode> Json(string path) => JsonNode.Parse(await Client.GetStringAsync(path))!;

    private static StringContent Articles(params (string Id, string Text)[] articles) =>
        new(
            new JsonObject { ["articles"] = new JsonArray([.. articles.Select(a => new JsonObject { ["id"] = a.Id, ["text"] = a.Text, ["source"] = "Wire", ["published"] = "2025-11-04" })]) }.ToJsonString(),
            Encoding.UTF8,
            "application/json");
}
