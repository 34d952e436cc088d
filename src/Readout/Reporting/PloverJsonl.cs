using System.Text.Json;
using System.Text.Json.Nodes;
using Readout.Core;
using Readout.Entities;
using Readout.Events;

namespace Readout.Reporting;

/// <summary>
/// Exports event mentions as PLOVER-style JSON Lines, one record per event: id, date, event_type,
/// mode, context, actor/recipient (compound parties joined with "; ") with their countries where the
/// entity layer knows them, location, and the source article, sentence and offsets.
/// </summary>
public static class PloverJsonl
{
    private static readonly JsonSerializerOptions Compact = new()
    {
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The JSON Lines text for every event of every document, each line ending in a newline.</summary>
    public static string Write(IEnumerable<Document> documents) =>
        string.Concat(documents.SelectMany(Lines).Select(line => line + "\n"));

    /// <summary>One compact JSON object per event of the document, in text order.</summary>
    public static IEnumerable<string> Lines(Document document) =>
        (document.Layer<EventLayer>()?.Events ?? []).Select((mention, index) => Record(document, mention, index).ToJsonString(Compact));

    public static JsonObject Record(Document document, EventMention mention, int index)
    {
        var countries = document.Layer<EntityLayer>()?.Entities
            .GroupBy(e => e.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Country, StringComparer.Ordinal) ?? [];
        string? Country(IEnumerable<string> names) => Joined(names.Select(n => countries.GetValueOrDefault(n)).OfType<string>().Distinct());
        var sentence = mention.SentenceStart is { } start && mention.SentenceEnd is { } end ? document.Text[start..end] : null;
        return new JsonObject
        {
            ["id"] = $"{document.Id}-e{index + 1}",
            ["date"] = mention.Date ?? document.Article.Published,
            ["event_type"] = mention.Type,
            ["mode"] = mention.Mode ?? string.Empty,
            ["context"] = new JsonArray(),
            ["modality"] = mention.Modality,
            ["actor"] = Joined(mention.Actors),
            ["actor_country"] = Country(mention.Actors),
            ["recipient"] = Joined(mention.Recipients),
            ["recipient_country"] = Country(mention.Recipients),
            ["initiator"] = mention.Initiator,
            ["location"] = mention.Place,
            ["duration_minutes"] = mention.DurationMinutes,
            ["trigger"] = mention.Trigger,
            ["source"] = document.Article.Source,
            ["url"] = document.Article.Url,
            ["article_id"] = document.Id,
            ["text"] = sentence,
            ["start"] = mention.Start,
            ["end"] = mention.End,
        };
    }

    private static string? Joined(IEnumerable<string> values)
    {
        var joined = string.Join("; ", values);
        return joined.Length > 0 ? joined : null;
    }
}
