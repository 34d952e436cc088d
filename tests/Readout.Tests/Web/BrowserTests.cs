using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Readout.Tests.Support;
using Readout.Web;

namespace Readout.Tests.Web;

/// <summary>The web app in Chromium: the timeline, a story's evidence, search, adding an article, live updates, and a hostile article that runs nothing.</summary>
public sealed class BrowserTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 20_000 };

    [BrowserFact]
    public async Task Timeline_lists_stories_with_a_plot_and_agreement()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/");

        Assert.True(await page.Locator("#stories li.story").CountAsync() >= 3);
        Assert.True(await page.Locator("figure.plot svg rect").CountAsync() >= 1);
        Assert.True(await page.Locator("#stories .badge.agree").CountAsync() >= 3);
        await BrowserSession.ScreenshotAsync(page, "timeline");
    }

    [BrowserFact]
    public async Task Clicking_the_duration_fact_highlights_its_sentence_in_each_article()
    {
        var (story, key, articles) = await StoryWithDurationAsync();
        var page = await session.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator($"#stories a[href='/stories/{story}']").ClickAsync();
        await Assertions.Expect(page.Locator("section.facts")).ToBeVisibleAsync(Soon);

        await page.Locator($"tr.claim[data-key='{key}']").ClickAsync();

        foreach (var article in articles)
        {
            var marked = page.Locator($"article.source[data-article='{article}'] .ev.hl");
            await Assertions.Expect(marked.First).ToBeVisibleAsync(Soon);
            Assert.Matches("(?i)hour|minute|\\d", string.Concat(await marked.AllInnerTextsAsync()));
        }

        Assert.Equal(articles.Count, await page.Locator("article.source.has-hl").CountAsync());
        Assert.Contains($"{articles.Count} article(s)", await page.Locator("#evidence-status").InnerTextAsync());
        await page.Locator("article.source.has-hl .ev.hl").First.ScrollIntoViewIfNeededAsync();
        await BrowserSession.ScreenshotAsync(page, "story-evidence");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await BrowserSession.ScreenshotAsync(page, "story");
    }

    [BrowserFact]
    public async Task Search_narrows_the_timeline()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/");
        var all = await page.Locator("#stories li.story").CountAsync();

        await page.Locator("input[name=q]").FillAsync("Vienna");
        await page.Locator("form.filters button").ClickAsync();

        // Polling the address and the list, not the page's load event: waiting for "load" after a
        // navigation that had already committed once missed the event and timed out in CI.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/\?q=Vienna"), new() { Timeout = 20_000 });
        using var http = new HttpClient { BaseAddress = new Uri(session.BaseUrl) };
        var expected = JsonNode.Parse(await http.GetStringAsync("/api/stories?q=Vienna"))!["stories"]!.AsArray().Select(s => $"/stories/{s!["id"]}").ToList();
        var links = page.Locator("#stories li.story > a");
        await Assertions.Expect(links).ToHaveCountAsync(expected.Count, new() { Timeout = 20_000 });
        var found = await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.InRange(found.Length, 1, all - 1);
        Assert.Equal(expected, found);
    }

    [BrowserFact]
    public async Task An_article_pasted_on_the_add_page_makes_a_story()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/add");

        await page.Locator("input[name=title]").FillAsync("Leaders speak by phone");
        await page.Locator("input[name=source]").FillAsync("Browser Wire");
        const string text = "Pedro Sanchez and Giorgia Meloni spoke by phone on Thursday, Madrid said. The call lasted 40 minutes. The two leaders agreed to meet in Rome in March.";
        await page.Locator("textarea[name=text]").FillAsync(text);
        await page.Locator("form.add button").ClickAsync();

        var changed = page.Locator("#changed li a");
        await Assertions.Expect(changed.First).ToBeVisibleAsync(Soon);
        await BrowserSession.ScreenshotAsync(page, "add");
        using var http = new HttpClient { BaseAddress = new Uri(session.BaseUrl) };
        var pasted = IngestService.PastedId(text);
        var story = JsonNode.Parse(await http.GetStringAsync("/api/articles?size=200"))!["articles"]!.AsArray()
            .Single(a => a!["id"]!.GetValue<string>() == pasted)!["story"]!.GetValue<string>();
        await page.Locator($"#changed a[href='/stories/{story}']").ClickAsync();
        await Assertions.Expect(page.Locator($"article.source[data-article='{pasted}']")).ToContainTextAsync("Giorgia Meloni");
    }

    [BrowserFact]
    public async Task An_open_timeline_shows_stories_as_they_are_ingested()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/");
        Assert.True(await page.Locator("#live").IsHiddenAsync());

        using var http = new HttpClient { BaseAddress = new Uri(session.BaseUrl) };
        var article = new JsonObject { ["id"] = "live-call", ["source"] = "Live Wire", ["published"] = "2026-02-03", ["text"] = "Keir Starmer and Mark Carney spoke by phone on Tuesday, Downing Street said. The call lasted half an hour." };
        var response = await http.PostAsync("/api/ingest", new StringContent(new JsonObject { ["articles"] = new JsonArray(article) }.ToJsonString(), Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();

        await Assertions.Expect(page.Locator("#new-stories li.story")).ToBeVisibleAsync(Soon);
        Assert.False(await page.Locator("#live").IsHiddenAsync());
    }

    [BrowserFact]
    public async Task The_hostile_article_runs_nothing()
    {
        var page = await session.NewPageAsync();
        var ran = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            ran.Add("dialog: " + dialog.Message);
            _ = dialog.DismissAsync();
        };
        page.PageError += (_, error) => ran.Add("error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains(WebStore.HostileMarker, StringComparison.Ordinal) || message.Type == "error")
            {
                ran.Add("console: " + message.Text);
            }
        };
        using var http = new HttpClient { BaseAddress = new Uri(session.BaseUrl) };
        var story = JsonNode.Parse(await http.GetStringAsync("/api/articles?size=200"))!["articles"]!.AsArray()
            .Single(a => a!["id"]!.GetValue<string>() == WebStore.HostileId)!["story"]!.GetValue<string>();

        foreach (var path in new[] { $"/articles/{WebStore.HostileId}", $"/stories/{story}", $"/?q={WebStore.HostileMarker}" })
        {
            await page.GotoAsync(path);
            await page.Locator("main").HoverAsync();
            foreach (var claim in await page.Locator(".claim").AllAsync())
            {
                await claim.ClickAsync();
            }

            Assert.False(await page.EvaluateAsync<bool>($"() => window.{WebStore.HostileMarker} === true"), path);
            Assert.Equal(0, await page.Locator("main script, main img, main [onerror], main [onmouseover], main a[href^='javascript:']").CountAsync());
        }

        await page.GotoAsync($"/articles/{WebStore.HostileId}");
        Assert.Contains("<script>window.hostileRan=true", await page.Locator(".article-text").InnerTextAsync());
        Assert.Empty(ran);
        await page.GotoAsync("/articles/globalwire-vienna");
        await BrowserSession.ScreenshotAsync(page, "article");
    }

    /// <summary>
    /// The story with a duration fact asserted by the most articles, a seed story where the seed
    /// corpus is in the store: its id, the fact's key and its articles.
    /// </summary>
    private async Task<(string Story, string Key, IReadOnlyList<string> Articles)> StoryWithDurationAsync()
    {
        var seeds = SharedCorpus.Root is null
            ? []
            : File.ReadLines(SharedCorpus.Path("corpus/seeds/manifest.jsonl")).Select(line => JsonNode.Parse(line)!["id"]!.GetValue<string>()).ToHashSet();
        using var http = new HttpClient { BaseAddress = new Uri(session.BaseUrl) };
        var stories = JsonNode.Parse(await http.GetStringAsync("/api/stories?size=200"))!["stories"]!.AsArray();
        return stories
            .SelectMany(story => (story!["event"]?["facts"]?.AsArray() ?? []).Select((fact, index) => (Story: story, Fact: fact!, Index: index)))
            .Where(f => f.Fact["slot"]!.GetValue<string>() == "duration_minutes")
            .Select(f => (Story: f.Story!["id"]!.GetValue<string>(), Key: $"f{f.Index}", Articles: (IReadOnlyList<string>)[.. f.Fact["articles"]!.AsArray().Select(a => a!.GetValue<string>())]))
            .OrderByDescending(f => f.Articles.Any(seeds.Contains))
            .ThenByDescending(f => f.Articles.Count)
            .First();
    }
}
