using System.Collections.Immutable;
using Readout.Core;

namespace Readout.Sentences;

/// <summary>Layer: the document's sentences, in text order, covering no whitespace at either end.</summary>
public sealed record SentenceLayer(ImmutableArray<TextSpan> Sentences)
{
    /// <summary>Index of the sentence holding <paramref name="offset"/>, or -1.</summary>
    public int IndexAt(int offset)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (offset < Sentences[mid].Start)
            {
                hi = mid - 1;
            }
            else if (offset >= Sentences[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
