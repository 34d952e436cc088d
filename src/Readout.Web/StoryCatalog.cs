using System.Collections.Immutable;
using Readout.Reconcile;
using Readout.Storage;

namespace Readout.Web;

/// <summary>
/// Every stored story's summary, held in memory so the timeline filters without reading every
/// record per request. It follows the store's story changes: each request compares the latest
/// recorded change with the one it knows and reloads only the stories changed since, so stories
/// that <c>watch</c> or <c>ingest</c> write in another process show up on the next request.
/// </summary>
public sealed class StoryCatalog(StorePool pool)
{
    /// <summary>Most article hits a full-text filter reads.</summary>
    private const int SearchHits = 5000;

    private readonly Lock gate = new();
    private volatile Snapshot? current;

    /// <summary>The stories newest first (by event date, then first publication), with their articles' placement.</summary>
    public sealed record Snapshot(long Seq, ImmutableArray<StorySummary> Newest, ImmutableDictionary<string, StorySummary> ById, ImmutableDictionary<string, string> StoryOfArticle);

    /// <summary>Whether the stories have been summarized once (the server starts doing it as it starts).</summary>
    public bool IsLoaded => current is not null;

    public Snapshot Current()
    {
        var seq = pool.Use(store => store.LatestStoryEventSeq());
        if (current is { } known && known.Seq == seq)
        {
            return known;
        }

        lock (gate)
        {
            if (current is { } fresh && fresh.Seq == seq)
            {
                return fresh;
            }

            current = pool.Use(store => current is null ? Load(store, seq) : Update(store, current, seq));
            return current;
        }
    }

    /// <summary>The stories that match the query, newest first; its words are searched in the articles' full text.</summary>
    public IReadOnlyList<StorySummary> Find(StoryQuery query)
    {
        var snapshot = Current();
        HashSet<string>? found = null;
        if (query.Text is { } text)
        {
            found = !SearchQuery.IsSearchable(text)
                ? []
                : [.. pool.Use(store => store.MatchingArticleIds(text, SearchHits)).Select(id => snapshot.StoryOfArticle.GetValueOrDefault(id)).OfType<string>()];
        }

        return [.. snapshot.Newest.Where(story => (found is null || found.Contains(story.Id)) && query.Matches(story))];
    }

    private static Snapshot Load(IArticleStore store, long seq)
    {
        var changes = store.LatestChangeOfStories();
        var sources = store.StoryArticleSources(null);
        var summaries = Summaries(store.AllStories(), sources, id => changes.GetValueOrDefault(id));
        return Build(seq, summaries.ToImmutableDictionary(s => s.Id, StringComparer.Ordinal), sources.ToImmutableDictionary(s => s.Article, s => s.Story, StringComparer.Ordinal));
    }

    private static Snapshot Update(IArticleStore store, Snapshot known, long seq)
    {
        var changed = store.StoriesChangedAfter(known.Seq).ToDictionary(pair => pair.Story, pair => pair.Seq, StringComparer.Ordinal);
        var sources = store.StoryArticleSources(changed.Keys);
        var summaries = Summaries(store.StoriesById(changed.Keys), sources, id => changed[id]);
        var byId = known.ById.RemoveRange(changed.Keys).SetItems(summaries.Select(s => KeyValuePair.Create(s.Id, s)));
        var leaving = changed.Keys.Where(known.ById.ContainsKey).SelectMany(id => known.ById[id].Record.Story.Articles);
        var placement = known.StoryOfArticle.RemoveRange(leaving).SetItems(sources.Select(s => KeyValuePair.Create(s.Article, s.Story)));
        return Build(seq, byId, placement);
    }

    private static List<StorySummary> Summaries(IEnumerable<ReconciledStory> stories, IReadOnlyList<(string Story, string Article, string? Source, string? Published)> sources, Func<string, long> changed)
    {
        var byStory = sources.ToLookup(s => s.Story, StringComparer.Ordinal);
        return [.. stories.Select(record =>
        {
            var articles = byStory[record.Story.Id].ToList();
            return new StorySummary(
                record,
                [.. articles.Select(a => a.Source).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                articles.Select(a => a.Published).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault(),
                changed(record.Story.Id));
        })];
    }

    private static Snapshot Build(long seq, ImmutableDictionary<string, StorySummary> byId, ImmutableDictionary<string, string> placement) =>
        new(seq, [.. byId.Values.OrderByDescending(s => s.Date ?? string.Empty, StringComparer.Ordinal).ThenByDescending(s => s.FirstPublished ?? string.Empty, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal)], byId, placement);
}
