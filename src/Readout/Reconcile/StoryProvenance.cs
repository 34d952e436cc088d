using System.Collections.Immutable;

namespace Readout.Reconcile;

/// <summary>
/// Who copied whom within a story, and the resulting groups of articles that trace back to one
/// independent origin. Two articles are in one group when any retelling link joins them.
/// </summary>
public sealed record StoryProvenance(
    ImmutableArray<RetellingLink> Links,
    ImmutableSortedDictionary<string, int> OriginGroupOfArticle,
    ImmutableSortedDictionary<string, string?> PrimarySourceOfArticle)
{
    public int IndependentSources(IEnumerable<string> articles) =>
        articles.Select(a => OriginGroupOfArticle.GetValueOrDefault(a, -1)).Distinct().Count();
}
