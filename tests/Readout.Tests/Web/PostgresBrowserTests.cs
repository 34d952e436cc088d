using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Readout.Tests.Support;

namespace Readout.Tests.Web;

/// <summary>The web app over a PostgreSQL store in Chromium: its full-text search and its live timeline.</summary>
public sealed class PostgresBrowserTests(PostgresBrowserTests.Session session) : IClassFixture<PostgresBrowserTests.Session>
{
    /// <summary>The browser session over the sample in a PostgreSQL database; started only where both are available.</summary>
    public sealed class Session : BrowserSession
    {
        protected override bool CanStart => Available && PostgresTestDatabase.Server is not null;

        protected override WebStore CreateStore() => WebStore.InPostgres();
    }

    [PostgresBrowserFact]
    public async Task The_timeline_narrows_by_search_and_shows_a_story_ingested_while_it_is_open()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/?q=Vienna");
        using var http = new HttpClient { BaseAddress = new Uri(session.BaseUrl) };
        var vienna = JsonNode.Parse(await http.GetStringAsync("/api/stories?q=Vienna"))!["stories"]!.AsArray().Select(s => $"/stories/{s!["id"]}").ToList();
        var all = JsonNode.Parse(await http.GetStringAsync("/api/stories"))!["total"]!.GetValue<int>();

        var shown = await page.Locator("#stories li.story > a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.InRange(shown.Length, 1, all - 1);
        Assert.Equal(vienna, shown);

        await page.GotoAsync("/");
        var article = new JsonObject { ["id"] = "pg-live-call", ["source"] = "Live Wire", ["published"] = "2026-02-04", ["text"] = "Mette Frederiksen and Alexander Stubb spoke by phone on Wednesday, Copenhagen said. The call lasted an hour." };
        var response = await http.PostAsync("/api/ingest", new StringContent(new JsonObject { ["articles"] = new JsonArray(article) }.ToJsonString(), Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();

        await Assertions.Expect(page.Locator("#new-stories li.story")).ToBeVisibleAsync(new() { Timeout = 20_000 });
    }
}

/// <summary>A browser test over PostgreSQL; skipped, saying why, where Chromium or a PostgreSQL server is absent.</summary>
public sealed class PostgresBrowserFactAttribute : FactAttribute
{
    public PostgresBrowserFactAttribute()
    {
        if (!BrowserSession.Available)
        {
            Skip = BrowserSession.Absent;
        }
        else if (PostgresTestDatabase.Server is null)
        {
            Skip = PostgresTestDatabase.Absent;
        }
    }
}
