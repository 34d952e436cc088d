using System.Text.Json;
using Readout.Reconcile;

namespace Readout.Storage;

/// <summary>The browsing queries (<see cref="IBrowsingQueries"/>) over SQLite: story changes since a point, articles with their stories, a page of article ids.</summary>
public sealed partial class ArticleStore
{
    /// <summary>The sequence number of the latest recorded story change; 0 when none is recorded.</summary>
    public long LatestStoryEventSeq() => Scalar<long?>("SELECT max(seq) FROM story_events") ?? 0;

    /// <summary>Each story a change after <paramref name="seq"/> touched (the story itself, and those merged into or split from it), with the latest such change.</summary>
    public IReadOnlyList<(string Story, long Seq)> StoriesChangedAfter(long seq) =>
        Query(
            """
            SELECT story, max(seq) FROM (
                SELECT story_id AS story, seq FROM story_events WHERE seq > $seq
                UNION ALL SELECT o.value, e.seq FROM story_events e, json_each(e.others) o WHERE e.seq > $seq)
            GROUP BY story ORDER BY story
            """,
            r => (r.GetString(0), r.GetInt64(1)),
            ("$seq", seq));

    /// <summary>The latest recorded change of each story, for every story.</summary>
    public IReadOnlyDictionary<string, long> LatestChangeOfStories() =>
        Query("SELECT story_id, max(seq) FROM story_events GROUP BY story_id", r => (Story: r.GetString(0), Seq: r.GetInt64(1)))
            .ToDictionary(pair => pair.Story, pair => pair.Seq, StringComparer.Ordinal);

    /// <summary>The stored stories among <paramref name="ids"/>.</summary>
    public IReadOnlyList<ReconciledStory> StoriesById(IEnumerable<string> ids) =>
        Query(
            "SELECT json FROM stories WHERE id IN (SELECT value FROM json_each($ids)) ORDER BY id",
            r => JsonSerializer.Deserialize<ReconciledStory>(r.GetString(0), RecordJson)!,
            ("$ids", JsonSerializer.Serialize(ids.ToArray(), RecordJson)));

    /// <summary>Each article of the stories among <paramref name="storyIds"/> (of every story when null) with its outlet and publication time.</summary>
    public IReadOnlyList<(string Story, string Article, string? Source, string? Published)> StoryArticleSources(IEnumerable<string>? storyIds) =>
        storyIds is null
            ? Query(
                "SELECT sa.story_id, a.id, a.source, a.published FROM story_articles sa JOIN articles a ON a.id = sa.article_id ORDER BY a.key",
                r => (r.GetString(0), r.GetString(1), NullableString(r, 2), NullableString(r, 3)))
            : Query(
                """
                SELECT sa.story_id, a.id, a.source, a.published FROM story_articles sa JOIN articles a ON a.id = sa.article_id
                WHERE sa.story_id IN (SELECT value FROM json_each($ids)) ORDER BY a.key
                """,
                r => (r.GetString(0), r.GetString(1), NullableString(r, 2), NullableString(r, 3)),
                ("$ids", JsonSerializer.Serialize(storyIds.ToArray(), RecordJson)));

    /// <summary>The ids of up to <paramref name="limit"/> articles that match a full-text query (as <see cref="Search"/> reads it), the first in ingest order: a filter, without ranking or passages.</summary>
    public IReadOnlyList<string> MatchingArticleIds(string query, int limit) =>
        Query(
            "SELECT a.id FROM articles_fts JOIN articles a ON a.key = articles_fts.rowid WHERE articles_fts MATCH $query ORDER BY articles_fts.rowid LIMIT $limit",
            r => r.GetString(0),
            ("$query", SearchQuery.ToFts(query)), ("$limit", limit));

    /// <summary>Stored article ids in ingest order, <paramref name="limit"/> of them after the first <paramref name="offset"/>.</summary>
    public IReadOnlyList<string> ArticleIdPage(int offset, int limit) =>
        Query("SELECT id FROM articles ORDER BY key LIMIT $limit OFFSET $offset", r => r.GetString(0), ("$limit", limit), ("$offset", offset));
}
