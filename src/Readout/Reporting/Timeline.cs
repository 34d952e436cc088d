using Readout.Reconcile;

namespace Readout.Reporting;

/// <summary>Orders stories' events by date, optionally only those with given participants.</summary>
public static class Timeline
{
    public static IReadOnlyList<TimelineEntry> Build(IEnumerable<ReconciledStory> stories, IReadOnlyCollection<string> actors) =>
        stories
            .Where(reconciled => reconciled.Event is not null)
            .Select(reconciled => new TimelineEntry(
                reconciled.Event!.Date,
                reconciled.Event.Type,
                reconciled.Event.Mode,
                reconciled.Event.Participants,
                reconciled.Story.Id,
                reconciled.Story.Headline,
                reconciled.Story.Articles.Length))
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
