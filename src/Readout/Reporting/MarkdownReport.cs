using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
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
        md.AppendLine(CultureInfo.InvariantCulture, $"{articles.Count} articles, {stories.Count} stories.").AppendLine();
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
                md.AppendLine(CultureInfo.InvariantCulture, $"- `{Str(article["id"])}` {Str(article["source"]) ?? "unknown source"}, {Str(article["published"]) ?? "undated"}: {Escape(Str(article["title"]) ?? Lead(Str(article["text"]) ?? string.Empty))}");
            }

            md.AppendLine();
        }

        var errors = Items(contract["errors"]);
        if (errors.Count > 0)
        {
            md.AppendLine("## Inputs that failed").AppendLine();
            foreach (var error in errors)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- `{Str(error["input"])}`: {Str(error["reason"])}");
            }
        }

        return md.ToString();
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
        md.AppendLine(CultureInfo.InvariantCulture, $"Story `{Str(story["id"])}`: {ids.Count} article(s).").AppendLine();
        if (evt is not null)
        {
            md.AppendLine($"**{Str(evt["type"])}{(Str(evt["mode"]) is { } mode ? "/" + mode : string.Empty)}**"
                + $" · {Str(evt["date"]) ?? "undated"}"
                + $" · {string.Join(", ", Items(evt["participants"]).Select(Str))}"
                + (Str(evt["initiator"]) is { } initiator ? $" · initiated by {initiator}" : string.Empty)
                + (evt["duration_minutes"] is { } minutes ? $" · {Hedged(Str(evt["duration_qualifier"]), minutes.ToString())} min" : string.Empty)
                + (Str(evt["place"]) is { } place ? $" · {place}" : string.Empty)).AppendLine();
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
                md.AppendLine(CultureInfo.InvariantCulture, $"- {Escape(Str(outcome["value"]?["text"]) ?? string.Empty)} ({Items(outcome["articles"]).Count} article(s), {outcome["independent_sources"]} independent)");
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
                md.AppendLine(CultureInfo.InvariantCulture, $"- “{Escape(Str(first["text"])!)}” ({outletOf.GetValueOrDefault(Str(first["article"])!)})");
                foreach (var variant in variants.Skip(1))
                {
                    md.AppendLine(CultureInfo.InvariantCulture, $"  - also as “{Escape(Str(variant["text"])!)}” ({outletOf.GetValueOrDefault(Str(variant["article"])!)})");
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
            md.AppendLine($"- `{id}` {Str(article["source"]) ?? "unknown source"}, {Str(article["published"]) ?? "undated"}"
                + (Str(article["cited_source"]) is { } cited ? $", citing {cited}" : string.Empty)
                + (group is null ? string.Empty : $" (origin {group})"));
        }

        var links = Items(provenance?["links"]);
        if (links.Count > 0)
        {
            md.AppendLine().AppendLine("Who retells whom:").AppendLine();
            foreach (var link in links)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- `{Str(link["article"])}` → `{Str(link["other"])}`: {Str(link["kind"])} ({Str(link["evidence"])})");
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

    private static string Escape(string text) => text.Replace("\n", " ").Replace("|", "\\|");
}
