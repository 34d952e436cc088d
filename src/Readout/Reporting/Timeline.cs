using System.Text.Json.Nodes;

namespace Readout.Reporting;

/// <summary>One story's event on a timeline.</summary>
public sealed record TimelineEntry(string? Date, string Type, string? Mode, IReadOnlyList<string> Participants, string Story, string? Headline, int Articles);

/// <summary>Orders stories' events by date, optionally only those with given participants.</summary>
public static class Timeline
{
    public static IReadOnlyList<TimelineEntry> Build(IEnumerable<JsonNode> stories, IReadOnlyCollection<string> actors) =>
        stories
            .Where(story => story["event"] is JsonObject)
            .Select(story =>
            {
                var evt = story["event"]!;
                return new TimelineEntry(
                    evt["date"]?.GetValue<string>(),
                    evt["type"]!.GetValue<string>(),
                    evt["mode"]?.GetValue<string>(),
                    [.. (evt["participants"] as JsonArray ?? []).Select(p => p!.GetValue<string>())],
                    story["id"]!.GetValue<string>(),
                    story["headline"]?.GetValue<string>(),
                    (story["articles"] as JsonArray)?.Count ?? 0);
            })
            .Where(entry => actors.All(actor => entry.Participants.Any(p => NameMatches(p, actor))))
            .OrderBy(entry => entry.Date ?? "9999")
            .ThenBy(entry => entry.Story, StringComparer.Ordinal)
            .ToList();

    /// <summary>"Putin" or "vladimir putin" matches "Vladimir Putin": the query's words are all words of the name.</summary>
    public static bool NameMatches(string name, string query)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return query.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(q => words.Any(w => string.Equals(w, q, StringComparison.OrdinalIgnoreCase)));
    }
}
