using System.Collections.Concurrent;

namespace Readout.Web;

/// <summary>
/// Rendered story pages, by story and its latest recorded change: a story page reads, aligns and
/// marks up to <see cref="StoryPage.MaxArticles"/> articles, so a page seen before is served as it was
/// until the story changes. Bounded: past <see cref="Capacity"/> pages it starts again empty.
/// </summary>
public sealed class StoryPageCache
{
    public const int Capacity = 256;

    private readonly ConcurrentDictionary<(string Story, long Changed), string> pages = new();

    public string Get(StorySummary story, Func<string> render)
    {
        var key = (story.Id, story.Changed);
        if (pages.TryGetValue(key, out var html))
        {
            return html;
        }

        if (pages.Count >= Capacity)
        {
            pages.Clear();
        }

        return pages.GetOrAdd(key, _ => render());
    }
}
