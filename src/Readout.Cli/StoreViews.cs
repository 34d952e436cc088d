using System.Text.Json;
using System.Text.Json.Nodes;
using Readout.Reporting;
using Readout.Storage;

namespace Readout.Cli;

/// <summary>Read-only commands over the store: search, stories, show.</summary>
public static class StoreViews
{
    public static int Search(string query, string? db, int limit)
    {
        using var store = Open(db);
        if (store is null)
        {
            return ExitCodes.Usage;
        }

        var hits = store.Search(query, limit);
        foreach (var hit in hits)
        {
            Console.Out.WriteLine($"{hit.Id}  {hit.Source ?? "?"}  {hit.Published ?? "?"}  {hit.Title}");
            Console.Out.WriteLine($"    {hit.Snippet.Replace('\n', ' ')}");
        }

        Console.Error.WriteLine($"{hits.Count} hit(s) for {query}");
        return ExitCodes.Success;
    }

    public static int Stories(string? db)
    {
        using var store = Open(db);
        if (store is null)
        {
            return ExitCodes.Usage;
        }

        var stories = store.Stories();
        foreach (var (id, headline, articles) in stories)
        {
            Console.Out.WriteLine($"{id}  {articles} article(s)  {headline}");
        }

        Console.Error.WriteLine($"{stories.Count} stories, {store.ArticleCount} articles stored");
        return ExitCodes.Success;
    }

    public static int Show(string id, string? db, string format)
    {
        using var store = Open(db);
        if (store is null)
        {
            return ExitCodes.Usage;
        }

        if (store.StoryJson(id) is { } storyJson)
        {
            var story = JsonNode.Parse(storyJson)!;
            Console.Out.WriteLine(format == "json" ? storyJson : MarkdownReport.StoryBrief(story, StoredContract(store, story)));
            return ExitCodes.Success;
        }

        if (store.Article(id) is { } article)
        {
            Console.Out.WriteLine(format == "json"
                ? article.AnalysisJson ?? JsonSerializer.Serialize(article, ContractJson.Options)
                : $"# {article.Title ?? article.Id}\n\n- source: {article.Source ?? "unknown"}{(article.CitedSource is null ? string.Empty : $", citing {article.CitedSource}")}\n- published: {article.Published ?? "unknown"}\n- url: {article.Url ?? "none"}\n\n{article.Text}");
            return ExitCodes.Success;
        }

        Console.Error.WriteLine($"error: {id}: no story or article with this id in {ArticleStore.ResolvePath(db)}");
        return ExitCodes.NoInputUsable;
    }

    public static int Timeline(IReadOnlyList<string> actors, string? db, string format)
    {
        using var store = Open(db);
        if (store is null)
        {
            return ExitCodes.Usage;
        }

        var entries = Readout.Reporting.Timeline.Build(store.Stories().Select(s => JsonNode.Parse(store.StoryJson(s.Id)!)!), actors);
        if (format == "json")
        {
            Console.Out.WriteLine(ContractJson.Serialize(new JsonArray([.. entries.Select(e => JsonSerializer.SerializeToNode(e, ContractJson.Options))])));
            return ExitCodes.Success;
        }

        foreach (var entry in entries)
        {
            Console.Out.WriteLine($"{entry.Date ?? "undated",-10}  {entry.Type + (entry.Mode is null ? string.Empty : "/" + entry.Mode),-16}  {string.Join(", ", entry.Participants),-40}  {entry.Story} ({entry.Articles} articles) {entry.Headline}");
        }

        Console.Error.WriteLine($"{entries.Count} event(s)");
        return ExitCodes.Success;
    }

    /// <summary>The contract sections (articles, quotes) of a stored story's articles, from their stored analyses.</summary>
    private static JsonObject StoredContract(ArticleStore store, JsonNode story)
    {
        var articles = new JsonArray();
        var quotes = new JsonArray();
        foreach (var id in story["articles"]!.AsArray().Select(a => a!.GetValue<string>()))
        {
            if (store.Article(id)?.AnalysisJson is not { } json)
            {
                continue;
            }

            var analysis = JsonNode.Parse(json)!;
            foreach (var article in analysis["articles"]!.AsArray())
            {
                articles.Add(article!.DeepClone());
            }

            foreach (var quote in analysis["quotes"]!.AsArray())
            {
                quotes.Add(quote!.DeepClone());
            }
        }

        return new JsonObject { ["articles"] = articles, ["quotes"] = quotes };
    }

    private static ArticleStore? Open(string? db)
    {
        var path = ArticleStore.ResolvePath(db);
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"error: {path}: no database here; run 'readout ingest INPUT... --db {path}' first");
            return null;
        }

        return new ArticleStore(path);
    }
}
