using System.Collections.Immutable;
using Readout.Core;

namespace Readout.Sentences;

/// <summary>Where a text quotes someone: the paired quotations, and the quotations whose closing mark never comes.</summary>
/// <param name="Unclosed">From each opening mark nothing closes to the end of its paragraph.</param>
public sealed record QuotedText(ImmutableArray<QuotedSpan> Quotes, ImmutableArray<TextSpan> Unclosed)
{
    /// <summary>Every quoted stretch, marks included: the paired quotations, then the unclosed ones.</summary>
    public IEnumerable<TextSpan> Regions => Quotes.Select(quote => new TextSpan(quote.Open, quote.Close + 1)).Concat(Unclosed);

    /// <summary>The quoted stretch that holds <paramref name="offset"/>, or null.</summary>
    public TextSpan? RegionAt(int offset) => Regions.Where(region => region.Contains(offset)).Cast<TextSpan?>().FirstOrDefault();
}
