namespace Readout.Stories;

/// <summary>What happened to each story over a whole run of changes.</summary>
public static class NetStoryChanges
{
    /// <summary>
    /// Each story once, in the order it first changed, with what happened to it over all of
    /// <paramref name="changes"/>: a story created and then grown is still new, one that is gone by the end is removed.
    /// </summary>
    public static IReadOnlyList<(string StoryId, StoryChangeKind Kind)> Of(IEnumerable<StoryChange> changes)
    {
        var last = new Dictionary<string, StoryChangeKind>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var change in changes)
        {
            if (!last.TryGetValue(change.StoryId, out var earlier))
            {
                order.Add(change.StoryId);
                last[change.StoryId] = change.Kind;
            }
            else
            {
                last[change.StoryId] = earlier == StoryChangeKind.Created && change.Kind != StoryChangeKind.Removed ? StoryChangeKind.Created : change.Kind;
            }
        }

        return [.. order.Select(id => (id, last[id]))];
    }
}
