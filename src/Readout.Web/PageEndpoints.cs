using System.Text.Json.Nodes;
using Readout.Pipeline;
using Readout.Reporting;

namespace Readout.Web;

/// <summary>The HTML pages, the live-update feed the timeline polls, and the app's own static files.</summary>
public static class PageEndpoints
{
    public static void Map(WebApplication app)
    {
        var pages = app.MapGroup(string.Empty).ExcludeFromDescription();
        pages.MapGet("/", (HttpRequest request, StoryCatalog catalog) =>
        {
            var query = StoryQuery.Parse(request.Query);
            return Layout.Page("Timeline", TimelinePage.Render(catalog.Current(), query, catalog.Find(query), Paging.From(request.Query)), "live.js");
        });

        pages.MapGet("/stories/{id}", (string id, StoryCatalog catalog, StorePool pool, StoryPageCache cache) =>
        {
            if (!catalog.Current().ById.TryGetValue(id, out var story))
            {
                return Layout.NotFound($"No story with id '{id}'.");
            }

            var html = cache.Get(story, () =>
            {
                var documents = pool.Use(store => store.Documents(story.Record.Story.Articles.Take(StoryPage.MaxArticles), StoryPage.Layers));
                return Layout.Html(story.Record.Story.Headline ?? id, StoryPage.Render(story.Record, documents), "story.js").Html;
            });
            return Results.Content(html, "text/html; charset=utf-8");
        });

        pages.MapGet("/articles/{id}", (string id, StoryCatalog catalog, StorePool pool) =>
        {
            if (pool.Use(store => store.Document(id)) is not { } document)
            {
                return Layout.NotFound($"No article with id '{id}'.");
            }

            var snapshot = catalog.Current();
            var story = snapshot.StoryOfArticle.TryGetValue(id, out var storyId) ? snapshot.ById.GetValueOrDefault(storyId) : null;
            return Layout.Page(document.Article.Title ?? id, ArticlePage.Render(document, story));
        });

        pages.MapGet("/people/{name}", (string name, StoryCatalog catalog, StorePool pool) =>
            Layout.Page(name, PersonPage.Render(PersonRecord.Find(name, catalog, pool))));

        pages.MapGet("/add", (WebSettings web) => Layout.Page("Add articles", AddPage.Render(web.Token is not null)));

        pages.MapPost("/add", async (HttpRequest request, IngestService ingest, WebSettings web, CancellationToken cancellation) =>
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellation);
            }
            catch (InvalidDataException tooLarge)
            {
                return ReadoutWebApp.Problem(StatusCodes.Status413PayloadTooLarge, "Request body too large", tooLarge.Message);
            }
            catch (BadHttpRequestException bad)
            {
                return ReadoutWebApp.Problem(bad.StatusCode, "Bad request body", bad.Message);
            }

            if (web.Token is { } token && !ReadoutWebApp.CarriesToken(request, token, form["token"].FirstOrDefault()))
            {
                return ReadoutWebApp.Problem(StatusCodes.Status401Unauthorized, "Token required", "this server takes articles only with its token");
            }

            var text = form["text"].FirstOrDefault();
            var pasted = string.IsNullOrWhiteSpace(text)
                ? []
                : new[] { new JsonObject { ["id"] = IngestService.PastedId(text), ["text"] = text } };
            foreach (var field in new[] { "title", "source", "published" })
            {
                if (pasted.Length > 0 && form[field].FirstOrDefault() is { Length: > 0 } value)
                {
                    pasted[0][field] = value.Trim();
                }
            }

            var urls = form["url"].Where(url => !string.IsNullOrWhiteSpace(url)).Select(url => url!.Trim()).ToList();
            try
            {
                var outcome = await ingest.IngestAsync(pasted, [.. form.Files], urls, cancellation);
                return Layout.Page("Add articles", AddPage.Render(web.Token is not null, outcome));
            }
            catch (StaleAnalysisException stale)
            {
                return ReadoutWebApp.Problem(StatusCodes.Status409Conflict, "Store needs reanalysis", stale.Message);
            }
        }).DisableAntiforgery();

        pages.MapGet("/updates", (long? after, StoryCatalog catalog) =>
        {
            var snapshot = catalog.Current();
            var since = after ?? snapshot.Seq;
            var changed = snapshot.Newest.Where(s => s.Changed > since).Select(s => (JsonNode)new JsonObject
            {
                ["id"] = s.Id,
                ["headline"] = s.Record.Story.Headline,
                ["date"] = s.Date,
                ["articles"] = s.Record.Story.Articles.Length,
            });
            return Results.Text(ContractJson.Serialize(new JsonObject { ["seq"] = snapshot.Seq, ["stories"] = new JsonArray([.. changed]) }), "application/json; charset=utf-8");
        });

        pages.MapGet("/static/{file}", (string file) =>
        {
            var stream = typeof(PageEndpoints).Assembly.GetManifestResourceStream("static/" + file);
            return stream is null
                ? Results.NotFound()
                : Results.Stream(stream, Path.GetExtension(file) switch
                {
                    ".css" => "text/css; charset=utf-8",
                    ".js" => "text/javascript; charset=utf-8",
                    _ => "application/octet-stream",
                });
        });
    }
}
