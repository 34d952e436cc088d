using System.Collections.Immutable;
using Readout.Core;

namespace Readout.Text;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,

    /// <summary>A social-media @handle or #hashtag.</summary>
    Handle,
}

/// <summary>A token of the cleaned text.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);

    public string Of(string text) => text[Start..End];

    /// <summary>The dictionary form of a word token, computed on demand (see <see cref="Lemmatizer"/>).</summary>
    public string Lemma(string text) => Kind == TokenKind.Word ? Lemmatizer.Lemma(Of(text)) : Of(text);
}

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
