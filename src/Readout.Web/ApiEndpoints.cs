using System.Text.Json;
using System.Text.Json.Nodes;
using Readout.Core;
using Readout.Pipeline;
using Readout.Quotes;
using Readout.Reporting;
using Readout.Storage;

namespace Readout.Web;

/// <summary>The HTTP API under /api. Stories, articles and the timeline have the CLI's <c>--format json</c> shapes.</summary>
public static class ApiEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/stories", (HttpRequest request, StoryCatalog catalog) =>
        {
            var found = catalog.Find(StoryQuery.Parse(request.Query));
            var paging = Paging.From(request.Query);
            return Json(Page(paging, found.Count, "stories", paging.Of(found).Select(s => ContractJson.StoryNode(s.Record))));
        }).WithSummary("Stories newest first; filters actor (repeatable), type, from, to (ISO days), outlet, q (full text); page, size.");

        api.MapGet("/stories/{id}", (string id, StoryCatalog catalog) =>
            catalog.Current().ById.TryGetValue(id, out var story)
                ? Json(ContractJson.StoryNode(story.Record))
                : NotFound("story", id))
            .WithSummary("One story as 'readout show ID --format json' prints it.");

        api.MapGet("/articles", (HttpRequest request, StorePool pool, StoryCatalog catalog) =>
        {
            var paging = Paging.From(request.Query);
            var placement = catalog.Current().StoryOfArticle;
            var (total, articles) = pool.Use(store => (store.ArticleCount, store.Articles(store.ArticleIdPage(paging.Skip, paging.Size))));
            return Json(Page(paging, total, "articles", articles.Select(a => ArticleNode(a, placement.GetValueOrDefault(a.Id)))));
        }).WithSummary("Stored articles in ingest order (metadata and story); page, size.");

        api.MapGet("/articles/{id}", (string id, StorePool pool) =>
            pool.Use(store => (Document: store.Document(id), Story: store.StoryOf(id))) is { Document: { } document } found
                ? Json(ContractJson.BuildArticle(document, found.Story))
                : NotFound("article", id))
            .WithSummary("One article with its analysis as 'readout show ID --format json' prints it.");

        api.MapGet("/quotes", (string? speaker, StoryCatalog catalog, StorePool pool) =>
        {
            if (string.IsNullOrWhiteSpace(speaker))
            {
                return ReadoutWebApp.Problem(StatusCodes.Status400BadRequest, "speaker is required", "ask for /api/quotes?speaker=NAME");
            }

            var person = PersonRecord.Find(speaker.Trim(), catalog, pool);
            return Json(new JsonArray([.. person.Statements.Select(s => QuoteNode(s.Article.Id, s.Quote))]));
        }).WithSummary("Every stored quotation of a speaker ('Putin' finds 'Vladimir Putin'), in date order.");

        api.MapGet("/entities", (HttpRequest request, StoryCatalog catalog) =>
        {
            var paging = Paging.From(request.Query);
            var name = request.Query["q"].FirstOrDefault();
            var actors = catalog.Current().Newest
                .SelectMany(s => s.Record.Event?.Participants ?? [])
                .Where(p => string.IsNullOrWhiteSpace(name) || p.Contains(name.Trim(), StringComparison.OrdinalIgnoreCase))
                .GroupBy(p => p, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (JsonNode)new JsonObject { ["name"] = g.Key, ["stories"] = g.Count() })
                .ToList();
            return Json(Page(paging, actors.Count, "entities", paging.Of(actors).Select(node => node.DeepClone())));
        }).WithSummary("The actors of the stored stories with how many stories each takes part in; q filters by name; page, size.");

        api.MapGet("/timeline", (HttpRequest request, StoryCatalog catalog) =>
        {
            var entries = Timeline.Build(catalog.Current().Newest.Select(s => s.Record), [.. StoryQuery.Parse(request.Query).Actors]);
            return Json(new JsonArray([.. entries.Select(e => JsonSerializer.SerializeToNode(e, ContractJson.Options))]));
        }).WithSummary("The stories' events in date order as 'readout timeline --format json' prints them; actor (repeatable) filters.");

        api.MapGet("/search", (string? q, int? limit, StorePool pool, StoryCatalog catalog) =>
        {
            if (string.IsNullOrWhiteSpace(q))
            {
                return ReadoutWebApp.Problem(StatusCodes.Status400BadRequest, "q is required", "ask for /api/search?q=WORDS");
            }

            try
            {
                SearchQuery.ToFts(q);
            }
            catch (SearchQueryException e)
            {
                return ReadoutWebApp.Problem(StatusCodes.Status400BadRequest, "q is not a query", e.Message);
            }

            var placement = catalog.Current().StoryOfArticle;
            var hits = pool.Use(store => store.Search(q, Math.Clamp(limit ?? 20, 1, Paging.MaxSize)));
            return Json(new JsonArray([.. hits.Select(hit =>
            {
                var node = JsonSerializer.SerializeToNode(hit, ContractJson.Options)!.AsObject();
                node["story"] = placement.GetValueOrDefault(hit.Id);
                return (JsonNode)node;
            })]));
        }).WithSummary("Full-text search over stored articles: each hit with its passage (match in [brackets]) and story; limit.");

        api.MapPost("/ingest", async (HttpRequest request, IngestService ingest, WebSettings web, CancellationToken cancellation) =>
        {
            var (body, error) = await ReadJsonAsync(request, web.MaxBodyBytes, cancellation);
            if (error is not null)
            {
                return error;
            }

            if (body is not JsonObject root || root["articles"] is not (JsonArray or null) || root["urls"] is not (JsonArray or null)
                || root["articles"] is JsonArray a && a.Any(item => item is not JsonObject) || root["urls"] is JsonArray u && u.Any(item => item is not JsonValue))
            {
                return ReadoutWebApp.Problem(StatusCodes.Status400BadRequest, "Unexpected JSON", "send {\"articles\": [{\"id\", \"text\", \"source\", \"url\", \"published\", \"language\", \"title\"}], \"urls\": [\"https://...\"]}");
            }

            try
            {
                var outcome = await ingest.IngestAsync(
                    [.. (root["articles"]?.AsArray() ?? []).Select(item => item!.AsObject())],
                    [],
                    [.. (root["urls"]?.AsArray() ?? []).Select(item => item!.ToString())],
                    cancellation);
                return Json(OutcomeNode(outcome));
            }
            catch (StaleAnalysisException stale)
            {
                return ReadoutWebApp.Problem(StatusCodes.Status409Conflict, "Store needs reanalysis", stale.Message);
            }
        }).WithSummary("Adds articles as 'readout ingest' does; body {articles: [manifest lines with text], urls: [pages or feeds]}; answers what was stored, what failed, which stories changed.");
    }

    public static JsonObject OutcomeNode(IngestOutcome outcome) => new()
    {
        ["stored"] = new JsonArray([.. outcome.Stored.Select(s => JsonSerializer.SerializeToNode(s, ContractJson.Options))]),
        ["errors"] = new JsonArray([.. outcome.Failures.Select(f => (JsonNode)new JsonObject { ["input"] = f.Input, ["reason"] = f.Reason })]),
        ["changes"] = new JsonArray([.. outcome.Changes.Select(c => JsonSerializer.SerializeToNode(c, ContractJson.Options))]),
    };

    /// <summary>The request body as JSON: 413 past <paramref name="maxBytes"/>, 400 when it does not parse.</summary>
    public static async Task<(JsonNode? Body, IResult? Error)> ReadJsonAsync(HttpRequest request, long maxBytes, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellation)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return (null, ReadoutWebApp.Problem(StatusCodes.Status413PayloadTooLarge, "Request body too large", $"at most {maxBytes} bytes are accepted"));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException bad)
        {
            return (null, ReadoutWebApp.Problem(bad.StatusCode, "Bad request body", bad.Message));
        }

        try
        {
            return (JsonNode.Parse(buffer.ToArray()), null);
        }
        catch (JsonException json)
        {
            return (null, ReadoutWebApp.Problem(StatusCodes.Status400BadRequest, "Body is not JSON", json.Message));
        }
    }

    private static IResult Json(JsonNode node) => Results.Text(ContractJson.Serialize(node), "application/json; charset=utf-8");

    private static IResult NotFound(string what, string id) =>
        ReadoutWebApp.Problem(StatusCodes.Status404NotFound, $"No such {what}", $"no {what} with id '{id}' in the store");

    private static JsonObject Page(Paging paging, int total, string name, IEnumerable<JsonNode> items) => new()
    {
        ["total"] = total,
        ["page"] = paging.Page,
        ["size"] = paging.Size,
        [name] = new JsonArray([.. items]),
    };

    /// <summary>An article's metadata as the contract's article has it (without text and offsets), with its story.</summary>
    private static JsonNode ArticleNode(Article article, string? story)
    {
        var node = ContractJson.ArticleMetadata(article);
        node["story"] = story;
        return node;
    }

    /// <summary>A quotation as the contract's quotes list has it: the article id first, then the quotation.</summary>
    private static JsonNode QuoteNode(string article, Quotation quote)
    {
        var node = JsonSerializer.SerializeToNode(quote, ContractJson.Options)!.AsObject();
        node.Insert(0, "article", article);
        return node;
    }
}
