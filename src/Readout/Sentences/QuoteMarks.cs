using System.Buffers;
using System.Collections.Immutable;
using Readout.Core;

namespace Readout.Sentences;

/// <summary>
/// Pairs quotation marks of every style: double (" “ ” „ « ») first, then single (' ‘ ’ ‹ ›)
/// inside or outside them, telling apostrophes (it's, leaders' talks) from closing quotes.
/// A quotation may run over line breaks; a paragraph that starts with a new opening mark while a
/// quotation is open continues it (the convention for multi-paragraph quotations). A double
/// opening mark that nothing closes is reported as an unclosed quotation running to the end of its paragraph.
/// The quotation-mark characters of every stage are the ones defined here.
/// </summary>
public static class QuoteMarks
{
    private const int MaxOpenLines = 3;

    private const string DoubleMarks = "\"“”„«»";
    private const string SingleMarks = "'‘’‹›";
    private const string OpeningMarks = "\"'“‘„«‹";
    private const string ClosingMarks = "\"'”’»›";

    private static readonly SearchValues<char> DoubleMarkSearch = SearchValues.Create(DoubleMarks);
    private static readonly SearchValues<char> SingleMarkSearch = SearchValues.Create(SingleMarks);

    private enum Family
    {
        Double,
        Single,
    }

    /// <summary>Whether <paramref name="c"/> can open a quotation (straight marks can open and close).</summary>
    public static bool IsOpening(char c) => OpeningMarks.Contains(c);

    /// <summary>Whether <paramref name="c"/> can close a quotation (straight marks can open and close).</summary>
    public static bool IsClosing(char c) => ClosingMarks.Contains(c);

    /// <summary>The text with every double quotation mark written " and every single one (and apostrophe) written '.</summary>
    public static string Plain(string text)
    {
        if (text.AsSpan().IndexOfAny(DoubleMarks.AsSpan()[1..]) < 0 && text.AsSpan().IndexOfAny(SingleMarks.AsSpan()[1..]) < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                chars[i] = DoubleMarks.Contains(source[i]) ? '"' : SingleMarks.Contains(source[i]) ? '\'' : source[i];
            }
        });
    }

    /// <summary>The paired quotations of the text, in order of their opening marks.</summary>
    public static ImmutableArray<QuotedSpan> Find(string text) => Read(text).Quotes;

    /// <summary>The paired quotations and the unclosed ones; read once for the stages of a document that ask (<see cref="ThreadRecent{TKey, TValue}"/>).</summary>
    public static QuotedText Read(string text) => ThreadRecent<string, QuotedText>.GetOrMake(text, ReadNow);

    private static QuotedText ReadNow(string text)
    {
        var unclosed = new List<TextSpan>();
        var doubles = Pair(text, Family.Double, [], 0, unclosed);
        var singles = Pair(text, Family.Single, doubles, doubles.Length == 0 ? 0 : doubles.Max(q => q.Chain) + 1, null);
        return new QuotedText([.. doubles.Concat(singles).OrderBy(q => q.Open)], [.. unclosed]);
    }

    private static ImmutableArray<QuotedSpan> Pair(string text, Family family, ImmutableArray<QuotedSpan> outer, int firstChain, List<TextSpan>? unclosed)
    {
        var marks = new List<Mark>();
        var ofFamily = family == Family.Double ? DoubleMarkSearch : SingleMarkSearch;
        var at = text.AsSpan().IndexOfAny(ofFamily);
        while (at >= 0)
        {
            var mark = Classify(text, at);
            if (mark.CanOpen || mark.CanClose)
            {
                marks.Add(mark);
            }

            var next = text.AsSpan(at + 1).IndexOfAny(ofFamily);
            at = next < 0 ? -1 : at + 1 + next;
        }

        var spans = ImmutableArray.CreateBuilder<QuotedSpan>();
        var chain = firstChain;
        var m = 0;
        while (m < marks.Count)
        {
            if (!marks[m].CanOpen)
            {
                m++;
                continue;
            }

            var (pieces, next) = Close(text, marks, m, outer, chain);
            if (pieces.Count > 0)
            {
                spans.AddRange(pieces);
                chain++;
            }
            else if (!marks[m].CanClose)
            {
                unclosed?.Add(new TextSpan(marks[m].At, ParagraphEnd(text, marks[m].At)));
            }

            m = next;
        }

        return spans.ToImmutable();
    }

    private static int ParagraphEnd(string text, int from)
    {
        var end = text.IndexOf("\n\n", from, StringComparison.Ordinal);
        return end < 0 ? text.Length : end;
    }

    /// <summary>Follows the quotation opened by marks[open]; returns its pieces and the mark to go on from.</summary>
    private static (List<QuotedSpan> Pieces, int Next) Close(string text, List<Mark> marks, int open, ImmutableArray<QuotedSpan> outer, int chain)
    {
        var pieces = new List<QuotedSpan>();
        var current = open;
        var region = RegionOf(outer, marks[open].At);
        int? weakClose = null;
        int? stoppedAt = null;
        for (var k = open + 1; k < marks.Count && stoppedAt is null; k++)
        {
            var mark = marks[k];
            var lines = LineBreaks(text, marks[current].At, mark.At);
            if (lines > 0 && mark.CanOpen && weakClose is null && StartsLine(text, mark.At))
            {
                pieces.Add(Piece(marks[current].At, text.LastIndexOf('\n', mark.At), text, chain));
                current = k;
                continue;
            }

            if (lines > MaxOpenLines || RegionOf(outer, mark.At) != region)
            {
                break;
            }

            if (mark.CanClose && !mark.Weak)
            {
                pieces.Add(Piece(marks[current].At, mark.At, text, chain));
                return (pieces, k + 1);
            }

            if (mark.CanClose)
            {
                weakClose ??= k;
            }
            else if (mark.CanOpen && !mark.Ambiguous)
            {
                // A second opening mark before any closing one: the quotation before it was never closed.
                stoppedAt = k;
            }
        }

        if (weakClose is { } weak)
        {
            pieces.Add(Piece(marks[current].At, marks[weak].At, text, chain));
            return (pieces, weak + 1);
        }

        if (pieces.Count > 0)
        {
            var lineEnd = text.IndexOf('\n', marks[current].At);
            pieces.Add(Piece(marks[current].At, lineEnd < 0 ? text.Length : lineEnd, text, chain));
            return (pieces, current + 1);
        }

        return (pieces, stoppedAt ?? open + 1);
    }

    /// <summary>Line breaks between two offsets, a run of them (a blank line) counting once.</summary>
    private static int LineBreaks(string text, int from, int to)
    {
        var count = 0;
        for (var i = from + 1; i < to; i++)
        {
            if (text[i] == '\n' && text[i - 1] != '\n')
            {
                count++;
            }
        }

        return count;
    }

    private static bool StartsLine(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < 0 || text[i] == '\n';
    }

    private static QuotedSpan Piece(int open, int close, string text, int chain)
    {
        var start = open + 1;
        var end = close;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        return new QuotedSpan(open, close, start, end, chain);
    }

    /// <summary>Which outer (double) quotation holds the offset, so single quotes never cross one's edge.</summary>
    private static int RegionOf(ImmutableArray<QuotedSpan> outer, int at)
    {
        for (var i = 0; i < outer.Length; i++)
        {
            if (at > outer[i].Open && at < outer[i].Close)
            {
                return i;
            }
        }

        return -1;
    }

    private static Family? Of(char c) => DoubleMarks.Contains(c) ? Family.Double : SingleMarks.Contains(c) ? Family.Single : null;

    /// <summary>Whether a mark can open or close a quotation, judged from its neighbours.</summary>
    private static Mark Classify(string text, int at)
    {
        var c = text[at];
        var before = at > 0 ? text[at - 1] : '\n';
        var after = at + 1 < text.Length ? text[at + 1] : '\n';
        var leftFlanking = !char.IsWhiteSpace(after) && (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' || Of(before) is not null);
        var rightFlanking = !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after) || char.IsSymbol(after));
        if (c is '\'' or '’' && char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after))
        {
            return new Mark(at, false, false, false, false);
        }

        // "the leaders' talks": after a plural s and before a lower-case word, more likely an apostrophe.
        var possessive = c is '\'' or '’' && before == 's' && after == ' ' && at + 2 < text.Length && char.IsLower(text[at + 2]);
        return c switch
        {
            '“' or '„' or '«' or '‘' or '‹' => new Mark(at, true, rightFlanking && !leftFlanking, false, false),
            '”' or '»' or '›' => new Mark(at, leftFlanking && !rightFlanking, true, false, false),
            '’' => new Mark(at, false, rightFlanking || !leftFlanking, possessive, false),
            _ => new Mark(at, leftFlanking, rightFlanking, possessive, leftFlanking && rightFlanking),
        };
    }

    private readonly record struct Mark(int At, bool CanOpen, bool CanClose, bool Weak, bool Ambiguous);
}
