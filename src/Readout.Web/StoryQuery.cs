using Readout.Reporting;

namespace Readout.Web;

/// <summary>The timeline's filters: participants, event type, date range (inclusive, ISO days), outlet, and full-text words.</summary>
public sealed record StoryQuery(IReadOnlyList<string> Actors, string? Type, string? From, string? To, string? Outlet, string? Text)
{
    public static StoryQuery Parse(IQueryCollection query) => new(
        [.. query["actor"].Where(actor => !string.IsNullOrWhiteSpace(actor)).Select(actor => actor!.Trim())],
        Value(query, "type"),
        Value(query, "from"),
        Value(query, "to"),
        Value(query, "outlet"),
        Value(query, "q"));

    public bool Matches(StorySummary story)
    {
        var date = story.Date;
        return Actors.All(actor => story.Record.Event?.Participants.Any(p => Timeline.NameMatches(p, actor)) == true)
            && (Type is null || string.Equals(story.Record.Event?.Type, Type, StringComparison.OrdinalIgnoreCase))
            && (From is null || (date is not null && string.CompareOrdinal(date, From) >= 0))
            && (To is null || (date is not null && string.CompareOrdinal(date[..Math.Min(To.Length, date.Length)], To) <= 0))
            && (Outlet is null || story.Outlets.Any(o => o.Contains(Outlet, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The query string that gives this query, for links that keep the filters.</summary>
    public string ToQueryString() => string.Join('&', Actors.Select(actor => ("actor", actor))
        .Concat(new[] { ("type", Type), ("from", From), ("to", To), ("outlet", Outlet), ("q", Text) }.Where(pair => pair.Item2 is not null).Select(pair => (pair.Item1, pair.Item2!)))
        .Select(pair => $"{pair.Item1}={Uri.EscapeDataString(pair.Item2)}"));

    private static string? Value(IQueryCollection query, string name) =>
        query[name].FirstOrDefault() is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
