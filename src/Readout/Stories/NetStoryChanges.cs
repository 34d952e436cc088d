namespace Readout.Stories;

/// <summary>What happened to each story over a whole run of changes.</summary>
public static class NetStoryChanges
{
    /// <summary>
    /// Each story that a run leaves different, once, in the order it first changed, with what happened
    /// to it over all of <paramref name="changes"/>. A story the run made (created, or split off
    /// another) keeps that kind however it grew after, and is left out when it is gone by the end: nobody
    /// saw it. A story that was there before is removed when it is gone by the end, merged when it took
    /// in another story on the way, and changed otherwise.
    /// </summary>
    public static IReadOnlyList<(string StoryId, StoryChangeKind Kind)> Of(IEnumerable<StoryChange> changes)
    {
        var history = new Dictionary<string, (StoryChangeKind First, StoryChangeKind Last, bool Merged)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var change in changes)
        {
            if (history.TryGetValue(change.StoryId, out var earlier))
            {
                history[change.StoryId] = (earlier.First, change.Kind, earlier.Merged || change.Kind == StoryChangeKind.Merged);
            }
            else
            {
                order.Add(change.StoryId);
                history[change.StoryId] = (change.Kind, change.Kind, change.Kind == StoryChangeKind.Merged);
            }
        }

        var net = new List<(string StoryId, StoryChangeKind Kind)>();
        foreach (var id in order)
        {
            if (Net(history[id]) is { } kind)
            {
                net.Add((id, kind));
            }
        }

        return net;
    }

    private static StoryChangeKind? Net((StoryChangeKind First, StoryChangeKind Last, bool Merged) history)
    {
        var madeByTheRun = history.First is StoryChangeKind.Created or StoryChangeKind.Split;
        return (madeByTheRun, history.Last == StoryChangeKind.Removed) switch
        {
            (true, true) => null,
            (true, false) => history.First,
            (false, true) => StoryChangeKind.Removed,
            _ => history.Merged ? StoryChangeKind.Merged : StoryChangeKind.Changed,
        };
    }
}
