using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Readout.Core;
using Readout.Quotes;
using Readout.Reconcile;
using Readout.Sentences;

namespace Readout.Reporting;

/// <summary>
/// The analyst's brief, rendered from the JSON contract so that a fresh analysis and a story
/// read back from the store print the same way: per story the headline record, a facts table
/// with agreement and conflict marks, independent-source counts, outcomes, quotes by speaker
/// and who cites whom; then articles that belong to no story, and inputs that failed.
/// </summary>
public static class MarkdownReport
{
    public static string Build(JsonObject contract)
    {
        var md = new StringBuilder();
        var stories = Items(contract["stories"]);
        var articles = Items(contract["articles"]);
        md.AppendLine("# Readout").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{Plural.Of(articles.Count, "article")}, {Plural.Of(stories.Count, "story")}.").AppendLine();
        foreach (var story in stories)
        {
            md.Append(StoryBrief(story, contract));
        }

        var inStory = stories.SelectMany(s => Items(s["articles"])).Select(Str).ToHashSet();
        var loose = articles.Where(a => !inStory.Contains(Str(a["id"]))).ToList();
        if (loose.Count > 0)
        {
            md.AppendLine("## Articles").AppendLine();
            foreach (var article in loose)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {Code(Str(article["id"]))} {Escape(Str(article["source"]) ?? "unknown source")}, {Escape(Str(article["published"]) ?? "undated")}: {Escape(Str(article["title"]) ?? Lead(Str(article["text"]) ?? string.Empty))}");
            }

            md.AppendLine();
        }

        var errors = Items(contract["errors"]);
        if (errors.Count > 0)
        {
            md.AppendLine("## Inputs that failed").AppendLine();
            foreach (var error in errors)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {Code(Str(error["input"]))}: {Escape(Str(error["reason"]) ?? string.Empty)}");
            }
        }

        return md.ToString();
    }

    /// <summary>The layers <see cref="StoryBrief(ReconciledStory, IReadOnlyList{Document})"/> reads of the story's documents.</summary>
    public static IReadOnlySet<Type> BriefLayers { get; } = new HashSet<Type> { typeof(QuoteLayer) };

    /// <summary>A stored story's brief, from its documents (which need no layers beyond <see cref="BriefLayers"/>).</summary>
    public static string StoryBrief(ReconciledStory story, IReadOnlyList<Document> documents)
    {
        var contract = ContractJson.Build(new Analysis([.. documents]).With(new ReconciledStoryLayer([story])), []);
        return StoryBrief(contract["stories"]![0]!, contract);
    }

    /// <summary>One story's brief; <paramref name="contract"/> supplies its articles and quotes.</summary>
    public static string StoryBrief(JsonNode story, JsonObject contract)
    {
        var md = new StringBuilder();
        var ids = Items(story["articles"]).Select(Str).ToHashSet();
        var articles = Items(contract["articles"]).Where(a => ids.Contains(Str(a["id"]))).ToList();
        var outletOf = articles.ToDictionary(a => Str(a["id"])!, a => Str(a["source"]) ?? Str(a["id"])!);
        var evt = story["event"];
        md.AppendLine(CultureInfo.InvariantCulture, $"## {Escape(Str(story["headline"]) ?? Str(story["id"])!)}").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Story {Code(Str(story["id"]))}: {Plural.Of(ids.Count, "article")}.").AppendLine();
        if (evt is not null)
        {
            md.AppendLine($"**{Escape(Str(evt["type"]) ?? string.Empty)}{(Str(evt["mode"]) is { } mode ? "/" + Escape(mode) : string.Empty)}**"
                + $" · {Escape(Str(evt["date"]) ?? "undated")}"
                + $" · {Escape(string.Join(", ", Items(evt["participants"]).Select(Str)))}"
                + (Str(evt["initiator"]) is { } initiator ? $" · initiated by {Escape(initiator)}" : string.Empty)
                + (evt["duration_minutes"] is { } minutes ? $" · {Escape(Hedged(Str(evt["duration_qualifier"]), minutes.ToString()))} min" : string.Empty)
                + (Str(evt["place"]) is { } place ? $" · {Escape(place)}" : string.Empty)).AppendLine();
            md.Append(FactsTable(evt));
        }

        md.Append(QuotesBySpeaker(contract, ids, outletOf));
        md.Append(Sources(story, articles));
        return md.ToString();
    }

    /// <summary>A value with the hedge its reports put on it ("over 120"), as an analyst should read it.</summary>
    private static string Hedged(string? qualifier, string value) => qualifier is null ? value : $"{qualifier} {value}";

    private static string FactsTable(JsonNode evt)
    {
        var facts = Items(evt["facts"]);
        if (facts.Count == 0)
        {
            return string.Empty;
        }

        var md = new StringBuilder().AppendLine().AppendLine("| slot | value | status | articles | independent sources | asserted by |").AppendLine("|---|---|---|---|---|---|");
        var participants = Value(evt["participants"]);
        foreach (var slot in facts.Where(f => Str(f["slot"]) != "outcome").GroupBy(f => Str(f["slot"])))
        {
            var disputed = slot.Key != "participants" && slot.Count() > 1;
            foreach (var fact in slot)
            {
                var status = slot.Key == "participants"
                    ? (Value(fact["value"]) == participants ? "✔ chosen" : "· also named")
                    : disputed ? (fact["chosen"]?.GetValue<bool>() == true ? "⚠ chosen" : "⚠ disputed") : "✔ agreed";
                md.AppendLine(CultureInfo.InvariantCulture, $"| {slot.Key} | {Escape(Hedged(Str(fact["qualifier"]), Value(fact["value"])))} | {status} | {Items(fact["articles"]).Count} | {fact["independent_sources"]} | {Escape(string.Join("; ", Items(fact["sources"]).Select(Str)))} |");
            }
        }

        var outcomes = facts.Where(f => Str(f["slot"]) == "outcome").ToList();
        if (outcomes.Count > 0)
        {
            md.AppendLine().AppendLine("Outcomes and follow-ups:").AppendLine();
            foreach (var outcome in outcomes)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {Escape(Str(outcome["value"]?["text"]) ?? string.Empty)} ({Plural.Of(Items(outcome["articles"]).Count, "article")}, {outcome["independent_sources"]} independent)");
            }
        }

        return md.AppendLine().ToString();
    }

    private static string QuotesBySpeaker(JsonObject contract, HashSet<string?> ids, Dictionary<string, string> outletOf)
    {
        var quotes = Items(contract["quotes"]).Where(q => ids.Contains(Str(q["article"])) && q["fragment"]?.GetValue<bool>() != true).ToList();
        if (quotes.Count == 0)
        {
            return string.Empty;
        }

        var md = new StringBuilder().AppendLine("### Quotes by speaker").AppendLine();
        foreach (var speaker in quotes.GroupBy(q => Str(q["speaker"]) ?? "Unattributed").OrderBy(g => g.Key == "Unattributed").ThenByDescending(g => g.Count()))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"**{Escape(speaker.Key)}**").AppendLine();
            foreach (var variants in speaker.GroupBy(q => Str(q["group"]) ?? Str(q["article"]) + Str(q["start"])))
            {
                var first = variants.First();
                md.AppendLine(CultureInfo.InvariantCulture, $"- “{Escape(Str(first["text"])!)}” ({Escape(outletOf.GetValueOrDefault(Str(first["article"])!) ?? string.Empty)})");
                foreach (var variant in variants.Skip(1))
                {
                    md.AppendLine(CultureInfo.InvariantCulture, $"  - also as “{Escape(Str(variant["text"])!)}” ({Escape(outletOf.GetValueOrDefault(Str(variant["article"])!) ?? string.Empty)})");
                }
            }

            md.AppendLine();
        }

        return md.ToString();
    }

    private static string Sources(JsonNode story, List<JsonNode> articles)
    {
        var md = new StringBuilder().AppendLine("### Sources").AppendLine();
        var provenance = story["provenance"];
        foreach (var article in articles)
        {
            var id = Str(article["id"])!;
            var group = provenance?["origin_group_of_article"]?[id];
            md.AppendLine($"- {Code(id)} {Escape(Str(article["source"]) ?? "unknown source")}, {Escape(Str(article["published"]) ?? "undated")}"
                + (Str(article["cited_source"]) is { } cited ? $", citing {Escape(cited)}" : string.Empty)
                + (group is null ? string.Empty : $" (origin {Escape(group.ToString())})"));
        }

        var links = Items(provenance?["links"]);
        if (links.Count > 0)
        {
            md.AppendLine().AppendLine("Who retells whom:").AppendLine();
            foreach (var link in links)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {Code(Str(link["article"]))} → {Code(Str(link["other"]))}: {Escape(Str(link["kind"]) ?? string.Empty)} ({Escape(Str(link["evidence"]) ?? string.Empty)})");
            }
        }

        if (provenance?["origin_group_of_article"] is JsonObject groups)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Independent origins: {groups.Select(g => g.Value?.ToString()).Distinct().Count()}");
        }

        return md.AppendLine().ToString();
    }

    /// <summary>The first sentence of a text, cut to a headline's length.</summary>
    public static string Lead(string text)
    {
        var first = SentenceSplitter.Split(text).FirstOrDefault() is { Length: > 0 } span ? span.Of(text) : text;
        first = first.Split('\n')[0];
        return first.Length <= 100 ? first : first[..97].TrimEnd() + "...";
    }

    private static string Value(JsonNode? value) => value switch
    {
        JsonArray array => string.Join(", ", array.Select(Str)),
        JsonObject obj => Str(obj["text"]) ?? obj.ToJsonString(),
        null => "—",
        _ => value.ToString(),
    };

    private static List<JsonNode> Items(JsonNode? node) => node is JsonArray array ? [.. array.Where(n => n is not null).Select(n => n!)] : [];

    private static string? Str(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var s) ? s : node?.ToString();

    /// <summary>
    /// Article-derived text as Markdown that renders as that text: every character Markdown or HTML
    /// would act on inside a line is escaped, so no link, image, emphasis, code, table cell break or
    /// tag survives. (Line-start markers need no escape: this text never starts a line.)
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in ControlSequenceFilter.OneLine(text))
        {
            switch (c)
            {
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~':
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>An id as inline code; an id with a backtick in it cannot be a code span, so it is escaped text instead.</summary>
    private static string Code(string? id) =>
        id is null ? "—" : id.Contains('`') || id.Any(char.IsControl) ? Escape(id) : $"`{id}`";
}
