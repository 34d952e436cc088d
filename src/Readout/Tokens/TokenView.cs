using System.Collections.Immutable;
using Readout.Core;

namespace Readout.Tokens;

/// <summary>
/// The document's tokens as the stages read them: each with its text and the properties they
/// ask about (a word, capitalized, a word's closing period, the plain lower-case form), and
/// look-ups by offset. Built over the <see cref="TokenLayer"/>; it never re-tokenizes.
/// </summary>
public sealed class TokenView
{
    public TokenView(string text, ImmutableArray<Token> tokens)
    {
        Text = text;
        All = [.. tokens.Select(token => new ViewToken(token.Start, token.End, text[token.Start..token.End], token.Kind))];
    }

    public string Text { get; }

    public ImmutableArray<ViewToken> All { get; }

    public int Count => All.Length;

    public ViewToken this[int index] => All[index];

    /// <summary>The view of a document's tokens, made once for the stages that read it (<see cref="ThreadRecent{TKey, TValue}"/>).</summary>
    public static TokenView Of(Document document) =>
        ThreadRecent<TokenLayer, TokenView>.GetOrMake(document.Require<TokenLayer>(), layer => new TokenView(document.Text, layer.Tokens));

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>.</summary>
    public int FirstFrom(int offset)
    {
        int lo = 0, hi = All.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (All[mid].Start < offset)
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

    /// <summary>A line break lies between token <paramref name="index"/> and the token before it.</summary>
    public bool LineBreakBefore(int index) =>
        index > 0 && Text.AsSpan(All[index - 1].End, All[index].Start - All[index - 1].End).Contains('\n');

    public TextSpan SpanOf(int first, int last) => new(All[first].Start, All[last].End);

    public string TextOf(int first, int last) => Text[All[first].Start..All[last].End];

    /// <summary>The first and last index of the tokens inside <paramref name="span"/>, or null when none is.</summary>
    public (int First, int Last)? IndexesIn(TextSpan span)
    {
        var first = FirstFrom(span.Start);
        var last = first;
        while (last + 1 < All.Length && All[last + 1].End <= span.End)
        {
            last++;
        }

        return first < All.Length && All[first].End <= span.End ? (first, last) : null;
    }
}
