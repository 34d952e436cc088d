using System.Text.Json;
using Readout.Reconcile;

namespace Readout.Storage;

/// <summary>The browsing queries (<see cref="IBrowsingQueries"/>) over PostgreSQL: what <see cref="ArticleStore"/> answers over SQLite, in the same order.</summary>
public sealed partial class PostgresArticleStore
{
    public long LatestStoryEventSeq() => Scalar<long?>("SELECT max(seq) FROM story_events") ?? 0;

    public IReadOnlyList<(string Story, long Seq)> StoriesChangedAfter(long seq) =>
        Query(
            """
            SELECT story, max(seq) FROM (
                SELECT story_id AS story, seq FROM story_events WHERE seq > @seq
                UNION ALL SELECT o.value, e.seq FROM story_events e, json_array_elements_text(e.others::json) AS o(value) WHERE e.seq > @seq) changed
            GROUP BY story ORDER BY story COLLATE "C"
            """,
            r => (r.GetString(0), r.GetInt64(1)),
            ("seq", seq));

    public IReadOnlyDictionary<string, long> LatestChangeOfStories() =>
        Query("SELECT story_id, max(seq) FROM story_events GROUP BY story_id", r => (Story: r.GetString(0), Seq: r.GetInt64(1)))
            .ToDictionary(pair => pair.Story, pair => pair.Seq, StringComparer.Ordinal);

    public IReadOnlyList<ReconciledStory> StoriesById(IEnumerable<string> ids) =>
        Query(
            "SELECT json FROM stories WHERE id = ANY(@ids) ORDER BY id COLLATE \"C\"",
            r => JsonSerializer.Deserialize<ReconciledStory>(r.GetString(0), ArticleStore.RecordJson)!,
            ("ids", ids.ToArray()));

    public IReadOnlyList<(string Story, string Article, string? Source, string? Published)> StoryArticleSources(IEnumerable<string>? storyIds) =>
        Query(
            $"""
            SELECT sa.story_id, a.id, a.source, a.published FROM story_articles sa JOIN articles a ON a.id = sa.article_id
            {(storyIds is null ? string.Empty : "WHERE sa.story_id = ANY(@ids)")} ORDER BY a.key
            """,
            r => (r.GetString(0), r.GetString(1), ArticleStore.NullableString(r, 2), ArticleStore.NullableString(r, 3)),
            storyIds is null ? [] : [("ids", storyIds.ToArray())]);

    public IReadOnlyList<string> MatchingArticleIds(string query, int limit)
    {
        // Refuses what the SQLite store refuses (a query with nothing to search for), with its message.
        SearchQuery.ToFts(query);
        return PostgresSearchQuery.Translate(query, SearchConfiguration) is { } search
            ? Query(
                $"WITH q AS (SELECT {search.Expression} AS query) SELECT a.id FROM articles a, q WHERE a.search @@ q.query ORDER BY a.key LIMIT @limit",
                r => r.GetString(0),
                [.. search.Parameters, ("limit", limit)])
            : [];
    }

    public IReadOnlyList<string> ArticleIdPage(int offset, int limit) =>
        Query("SELECT id FROM articles ORDER BY key LIMIT @limit OFFSET @offset", r => r.GetString(0), ("limit", limit), ("offset", offset));
}
