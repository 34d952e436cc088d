using System.Collections.Immutable;
using Readout.Pipeline;
using Readout.Text;

namespace Readout.Quotes;

/// <summary>A token as the quotation annotator reads it: a closing quotation mark glued to a word is cut off.</summary>
public readonly record struct Word(int Start, int End, string Text)
{
    public bool Capitalized => char.IsUpper(Text[0]);

    public bool IsLetters => char.IsLetter(Text[0]);

    public TextSpan Span => new(Start, End);

    public bool Is(string other) => string.Equals(Text, other, StringComparison.OrdinalIgnoreCase);
}

/// <summary>The words of a document, with the look-ups the annotator needs around quotations.</summary>
public sealed class Words
{
    public Words(string text, ImmutableArray<Token> tokens)
    {
        Text = text;
        All = [.. tokens.Select(token =>
        {
            var end = token.End;
            while (end - token.Start > 1 && text[end - 1] is '’' or '\'')
            {
                end--;
            }

            return new Word(token.Start, end, text[token.Start..end]);
        })];
    }

    public string Text { get; }

    public ImmutableArray<Word> All { get; }

    public int Count => All.Length;

    public Word this[int index] => All[index];

    /// <summary>Index of the first word starting at or after <paramref name="offset"/>.</summary>
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

    /// <summary>A line break lies between word <paramref name="index"/> and the word before it.</summary>
    public bool LineBreakBefore(int index) =>
        index > 0 && Text.AsSpan(All[index - 1].End, All[index].Start - All[index - 1].End).Contains('\n');

    /// <summary>Word <paramref name="index"/> ends a sentence: . ! ? not closing an abbreviation or an initial.</summary>
    public bool EndsSentence(int index)
    {
        var word = All[index].Text;
        if (word is "!" or "?")
        {
            return true;
        }

        // "(D-Wis.)", "N.C.": a period with no space after it ends no sentence, unless a quotation mark closes there.
        if (word == "." && All[index].End < Text.Length && !char.IsWhiteSpace(Text[All[index].End]) && !QuoteMarks.IsClosing(Text[All[index].End]))
        {
            return false;
        }

        if (word != "." || index == 0 || All[index - 1].End != All[index].Start)
        {
            return word == ".";
        }

        var before = All[index - 1].Text;
        return !(before.Length == 1 && char.IsUpper(before[0]) || QuoteLexicon.IsRole(before + "."));
    }

    public TextSpan SpanOf(int first, int last) => new(All[first].Start, All[last].End);

    public string TextOf(int first, int last) => Text[All[first].Start..All[last].End];

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
