using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Readout.Stories;

/// <summary>
/// Keeps story ids stable across re-clusterings: each new cluster keeps the id of the earlier story
/// it shares the most articles with (each earlier id goes to one cluster at most); a cluster that
/// shares none, or whose best earlier story went to a bigger share, gets a new id made from its
/// articles, so the same input gives the same ids.
/// </summary>
public static class StoryIdentity
{
    /// <param name="previous">Article id to the story it was in; articles new to the store are absent.</param>
    /// <param name="clusters">The articles of each cluster after re-clustering.</param>
    /// <param name="taken">Story ids in use elsewhere in the store, which a new id must not repeat.</param>
    /// <returns>Every cluster under its id, and each earlier story that lost all its articles, with what changed; unchanged stories are left out.</returns>
    public static IReadOnlyList<StoryChange> Assign(
        IReadOnlyDictionary<string, string> previous,
        IReadOnlyList<IReadOnlyList<string>> clusters,
        ISet<string> taken)
    {
        var ordered = clusters.Select(articles => articles.Order(StringComparer.Ordinal).ToImmutableArray())
            .OrderBy(articles => articles[0], StringComparer.Ordinal)
            .ToList();
        var overlaps = ordered
            .SelectMany((articles, index) => articles
                .Where(previous.ContainsKey)
                .GroupBy(article => previous[article], StringComparer.Ordinal)
                .Select(group => (Cluster: index, Story: group.Key, Shared: group.Count())))
            .OrderByDescending(overlap => overlap.Shared)
            .ThenBy(overlap => overlap.Story, StringComparer.Ordinal)
            .ThenBy(overlap => overlap.Cluster)
            .ToList();

        var idOf = new string?[ordered.Count];
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (cluster, story, _) in overlaps)
        {
            if (idOf[cluster] is null && kept.Add(story))
            {
                idOf[cluster] = story;
            }
        }

        var earlierArticles = previous.ToLookup(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
        var used = new HashSet<string>(taken, StringComparer.Ordinal);
        used.UnionWith(kept);
        var changes = new List<StoryChange>();
        for (var index = 0; index < ordered.Count; index++)
        {
            var articles = ordered[index];
            var earlier = articles.Where(previous.ContainsKey).Select(article => previous[article]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
            var id = idOf[index] ?? NewId(articles, used);
            var joined = articles.Where(article => !previous.TryGetValue(article, out var was) || was != id).ToImmutableArray();
            var others = earlier.Where(story => story != id).ToImmutableArray();
            var lost = earlierArticles[id].Any(article => !articles.Contains(article));
            StoryChangeKind? kind = idOf[index] is null
                ? others.IsEmpty ? StoryChangeKind.Created : StoryChangeKind.Split
                : !others.IsEmpty ? StoryChangeKind.Merged
                : !joined.IsEmpty || lost ? StoryChangeKind.Changed
                : null;
            if (kind is { } changed)
            {
                changes.Add(new StoryChange(id, changed, articles, joined, others));
            }
        }

        var assigned = idOf.OfType<string>().ToHashSet(StringComparer.Ordinal);
        changes.AddRange(previous.Values.Distinct(StringComparer.Ordinal).Where(story => !assigned.Contains(story)).Order(StringComparer.Ordinal)
            .Select(story => new StoryChange(story, StoryChangeKind.Removed, [], [], [])));
        return changes;
    }

    private static string NewId(ImmutableArray<string> articles, HashSet<string> used)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(articles[0])));
        for (var length = 8; ; length++)
        {
            var id = "s" + (length <= hash.Length ? hash[..length] : hash + length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (used.Add(id))
            {
                return id;
            }
        }
    }
}
