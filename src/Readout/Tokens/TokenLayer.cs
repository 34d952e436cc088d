using System.Collections.Immutable;
using Readout.Core;

namespace Readout.Tokens;

/// <summary>Layer: the document's tokens, in text order.</summary>
public sealed record TokenLayer(ImmutableArray<Token> Tokens)
{
    /// <summary>The tokens that lie wholly inside <paramref name="span"/> (a sentence, say), in text order.</summary>
    public ReadOnlySpan<Token> Within(TextSpan span)
    {
        var first = FirstEndingAfter(span.Start);
        var last = first;
        while (last < Tokens.Length && Tokens[last].End <= span.End)
        {
            last++;
        }

        while (first < last && Tokens[first].Start < span.Start)
        {
            first++;
        }

        return Tokens.AsSpan()[first..last];
    }

    private int FirstEndingAfter(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
