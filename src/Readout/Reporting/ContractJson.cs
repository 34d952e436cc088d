using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Readout.Alignment;
using Readout.Core;
using Readout.Entities;
using Readout.Events;
using Readout.Ingest;
using Readout.Quantities;
using Readout.Quotes;
using Readout.Reconcile;
using Readout.Times;

namespace Readout.Reporting;

/// <summary>
/// Builds the JSON document of the output contract (shared eval README): articles with
/// cleaned text, stories, events, quotes, times, plus entities, quantities and the inputs
/// that failed. A section whose stage has not run is present and empty.
/// </summary>
public static class ContractJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One stored article with its analysis, and the id of the story it is in.</summary>
    public static JsonObject BuildArticle(Document document, string? storyId)
    {
        var contract = Build(new Analysis([document]), []);
        contract["articles"]![0]!["story"] = storyId;
        return contract;
    }

    public static JsonObject Build(Analysis analysis, IEnumerable<IngestFailure> failures)
    {
        var documents = analysis.Documents;
        return new JsonObject
        {
            ["articles"] = Array(documents.Select(ArticleNode)),
            ["stories"] = Array((analysis.Layer<ReconciledStoryLayer>()?.Stories ?? []).Select(StoryNode)),
            ["events"] = PerArticle(documents, d => d.Layer<EventLayer>()?.Events),
            ["quotes"] = WithGroups(PerArticle(documents, d => d.Layer<QuoteLayer>()?.Quotes), analysis.Layer<QuoteAlignmentLayer>()),
            ["quote_groups"] = Array((analysis.Layer<QuoteAlignmentLayer>()?.Groups ?? []).Where(g => g.Variants.Length > 1).Select(group => Node(group))),
            ["times"] = PerArticle(documents, d => d.Layer<TimeLayer>()?.Times),
            ["quantities"] = PerArticle(documents, d => d.Layer<QuantityLayer>()?.Quantities),
            ["entities"] = PerArticle(documents, d => d.Layer<EntityLayer>()?.Entities),
            ["references"] = Array(documents.SelectMany(ReferenceNodes)),
            ["errors"] = Array(failures.Select(f => new JsonObject { ["input"] = f.Input, ["reason"] = f.Reason })),
        };
    }

    public static string Serialize(JsonNode node) => node.ToJsonString(Options);

    /// <summary>An article's metadata as the contract's article has it, without its analysis, text and offsets.</summary>
    public static JsonObject ArticleMetadata(Article article) => new()
    {
        ["id"] = article.Id,
        ["source"] = article.Source,
        ["cited_source"] = article.CitedSource,
        ["url"] = article.Url,
        ["published"] = article.Published,
        ["language"] = article.Language,
        ["title"] = article.Title,
        ["origin"] = article.Origin,
    };

    private static JsonObject ArticleNode(Document document)
    {
        var node = ArticleMetadata(document.Article);
        node["reported_event"] = document.Layer<EventLayer>()?.Reported is { } reported ? Node(reported) : null;
        node["text"] = document.Text;
        node["raw_offsets"] = Array(document.Cleaned.Map.Segments.Select(s => new JsonArray(s.CleanStart, s.RawStart, s.Length)));
        return node;
    }

    /// <summary>A story as the contract has it: id, articles, headline, event, date, provenance.</summary>
    public static JsonObject StoryNode(ReconciledStory reconciled)
    {
        var node = Node(reconciled.Story).AsObject();
        node.Insert(node.IndexOf("date"), "event", Node(reconciled.Event));
        node["provenance"] = Node(reconciled.Provenance);
        return node;
    }

    /// <summary>Each item of a per-document layer, with the article id first.</summary>
    private static JsonArray PerArticle<T>(IEnumerable<Document> documents, Func<Document, System.Collections.Immutable.ImmutableArray<T>?> items) =>
        Array(documents.SelectMany(document => (items(document) ?? []).Select(item =>
        {
            var node = Node(item).AsObject();
            node.Insert(0, "article", document.Id);
            return (JsonNode)node;
        })));

    /// <summary>Each resolved pronoun, descriptor and group, with the canonical names it refers to.</summary>
    private static IEnumerable<JsonNode> ReferenceNodes(Document document) =>
        (document.Layer<ReferenceLayer>()?.References ?? []).Select(reference => (JsonNode)new JsonObject
        {
            ["article"] = document.Id,
            ["start"] = reference.Start,
            ["end"] = reference.End,
            ["text"] = reference.Text,
            ["kind"] = Node(reference.Kind),
            ["refers_to"] = Array(reference.Entities.Select(entity => (JsonNode)JsonValue.Create(entity.Name))),
        });

    /// <summary>Each quotation's alignment group across articles (null before the aligner has run).</summary>
    private static JsonArray WithGroups(JsonArray quotes, QuoteAlignmentLayer? alignment)
    {
        var groups = alignment?.GroupsOfQuotations();
        foreach (var quote in quotes.OfType<JsonObject>())
        {
            quote["group"] = groups?.GetValueOrDefault((quote["article"]!.GetValue<string>(), quote["start"]!.GetValue<int>()));
        }

        return quotes;
    }

    private static JsonNode Node<T>(T item) => JsonSerializer.SerializeToNode(item, Options)!;

    private static JsonArray Array(IEnumerable<JsonNode> nodes) => new([.. nodes]);
}
