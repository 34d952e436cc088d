using System.Collections.Immutable;

namespace Readout.Quotes;

/// <summary>One rendering of a statement: a quotation, or a passage of a transcript it was taken from.</summary>
/// <param name="Quoted">True for a quotation of the article's quote layer; false for a passage of plain or transcript text.</param>
public sealed record QuoteVariant(string Article, string? Outlet, int Start, int End, string Text, string? Speaker, bool Quoted);

/// <summary>The renderings of one statement across articles (translations, paraphrases, truncations).</summary>
public sealed record QuoteGroup(string Id, string? Speaker, ImmutableArray<QuoteVariant> Variants);

/// <summary>Corpus layer: every quotation's alignment group.</summary>
public sealed record QuoteAlignmentLayer(ImmutableArray<QuoteGroup> Groups)
{
    /// <summary>The id of the group holding the quotation that starts at <paramref name="start"/> in the article, or null.</summary>
    public string? GroupOf(string article, int start) =>
        Groups.FirstOrDefault(g => g.Variants.Any(v => v.Quoted && v.Article == article && v.Start == start))?.Id;
}
