using Readout.Core;
using Readout.Storage;
using Readout.Stories;

namespace Readout.Cli;

/// <summary>One line per story a run created or changed: what happened, its id, its size and headline.</summary>
public static class StoryChangeLines
{
    /// <summary>
    /// Writes each story once, with what happened to it over the whole run: a story created and then
    /// grown is still new, one that is gone by the end is removed.
    /// </summary>
    public static void Write(TextWriter output, IArticleStore store, IEnumerable<StoryChange> changes)
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

        foreach (var id in order)
        {
            var story = store.Story(id)?.Story;
            var kind = last[id].ToString().ToLowerInvariant();
            output.WriteLine(story is null ? $"{kind,-8} {id}" : $"{kind,-8} {id}  {Plural.Of(story.Articles.Length, "article")}  {story.Headline}");
        }
    }
}
