using System.Collections.Immutable;

namespace Readout.Alignment;

/// <summary>Corpus layer: every quotation's alignment group.</summary>
public sealed record QuoteAlignmentLayer(ImmutableArray<QuoteGroup> Groups)
{
    /// <summary>The id of the group holding the quotation that starts at <paramref name="start"/> in the article, or null.</summary>
    public string? GroupOf(string article, int start) =>
        Groups.FirstOrDefault(g => g.Variants.Any(v => v.Quoted && v.Article == article && v.Start == start))?.Id;
}
