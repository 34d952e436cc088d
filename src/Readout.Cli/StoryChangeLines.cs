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
        foreach (var (id, net) in NetStoryChanges.Of(changes))
        {
            var story = store.Story(id)?.Story;
            var kind = net.ToString().ToLowerInvariant();
            output.WriteLine(story is null ? $"{kind,-8} {id}" : $"{kind,-8} {id}  {Plural.Of(story.Articles.Length, "article")}  {story.Headline}");
        }
    }
}
