using Readout.Reconcile;

namespace Readout.Storage;

/// <summary>
/// The read queries a reader browsing the store pages through (the web app and HTTP API): the
/// story changes since a point, stories and their articles' outlets, full-text matches as a
/// filter, and a page of article ids. Every store answers them alike, so the same content gives
/// the same pages and the same JSON whatever holds it.
/// </summary>
public interface IBrowsingQueries
{
    /// <summary>The sequence number of the latest recorded story change; 0 when none is recorded.</summary>
    long LatestStoryEventSeq();

    /// <summary>Each story a change after <paramref name="seq"/> touched (the story itself, and those merged into or split from it), with the latest such change, in ordinal order of story id.</summary>
    IReadOnlyList<(string Story, long Seq)> StoriesChangedAfter(long seq);

    /// <summary>The latest recorded change of each story, for every story.</summary>
    IReadOnlyDictionary<string, long> LatestChangeOfStories();

    /// <summary>The stored stories among <paramref name="ids"/>, in ordinal order of id.</summary>
    IReadOnlyList<ReconciledStory> StoriesById(IEnumerable<string> ids);

    /// <summary>Each article of the stories among <paramref name="storyIds"/> (of every story when null) with its outlet and publication time, in ingest order.</summary>
    IReadOnlyList<(string Story, string Article, string? Source, string? Published)> StoryArticleSources(IEnumerable<string>? storyIds);

    /// <summary>The ids of up to <paramref name="limit"/> articles that match a full-text query (as <see cref="IArticleStore.Search"/> reads it), the first in ingest order: a filter, without ranking or passages.</summary>
    /// <exception cref="SearchQueryException">The query has nothing to search for.</exception>
    IReadOnlyList<string> MatchingArticleIds(string query, int limit);

    /// <summary>Stored article ids in ingest order, <paramref name="limit"/> of them after the first <paramref name="offset"/>.</summary>
    IReadOnlyList<string> ArticleIdPage(int offset, int limit);
}
