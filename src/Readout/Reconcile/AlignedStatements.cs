using Readout.Alignment;

namespace Readout.Reconcile;

/// <summary>
/// Each article's alignment groups (by position in the layer, ascending), and those where it
/// states the words in its own text: read in one pass over the layer, once for all its stories.
/// </summary>
internal sealed class AlignedStatements
{
    private static readonly ArticleStatements None = new([], []);

    private readonly Dictionary<string, ArticleStatements> byArticle = new(StringComparer.Ordinal);

    public AlignedStatements(QuoteAlignmentLayer? alignment)
    {
        var groups = alignment?.Groups ?? [];
        for (var g = 0; g < groups.Length; g++)
        {
            foreach (var variant in groups[g].Variants)
            {
                if (!byArticle.TryGetValue(variant.Article, out var of))
                {
                    byArticle[variant.Article] = of = new ArticleStatements([], []);
                }

                if (of.Groups.Count == 0 || of.Groups[^1] != g)
                {
                    of.Groups.Add(g);
                }

                if (!variant.Quoted)
                {
                    of.Stated.Add(g);
                }
            }
        }
    }

    /// <summary>The article's groups and the groups it states; none for an article no group holds.</summary>
    public ArticleStatements Of(string article) => byArticle.GetValueOrDefault(article) ?? None;

    /// <summary>An article's alignment groups, and those where it states the words in its own text.</summary>
    public sealed record ArticleStatements(List<int> Groups, HashSet<int> Stated);
}
