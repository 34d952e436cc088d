using System.Collections.Immutable;

namespace Readout.Alignment;

/// <summary>Corpus layer: every quotation's alignment group.</summary>
public sealed record QuoteAlignmentLayer(ImmutableArray<QuoteGroup> Groups)
{
    /// <summary>The id of the group holding each quotation, by its article and start; the first group in order where two hold one.</summary>
    public IReadOnlyDictionary<(string Article, int Start), string> GroupsOfQuotations()
    {
        var groups = new Dictionary<(string Article, int Start), string>();
        foreach (var group in Groups)
        {
            foreach (var variant in group.Variants.Where(variant => variant.Quoted))
            {
                groups.TryAdd((variant.Article, variant.Start), group.Id);
            }
        }

        return groups;
    }
}
