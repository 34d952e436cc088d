using System.Collections.Frozen;
using System.Collections.Immutable;
using Readout.Core;
using Readout.Tokens;

namespace Readout.Sentences;

/// <summary>
/// Splits cleaned text into sentences in one left-to-right pass. A sentence ends after
/// . ! ? … (with any closing quotes or brackets) when the next word can open a sentence,
/// unless the period belongs to an abbreviation or initial; always at a paragraph break
/// (a blank line); and at a single line break when the line ends a sentence or is a
/// headline (no final punctuation). Text hard-wrapped mid-sentence is detected and its
/// single line breaks read as spaces.
/// </summary>
public sealed class SentenceSplitter : IAnnotator
{
    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> LineContinuations = new(() => WordSets.Load("Sentences/line-continuations.txt"));
    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> AttributionVerbs = new(() => WordSets.Load("Sentences/speech-verbs.tsv"));

    public IReadOnlyList<Type> Requires { get; } = [];

    public Type Adds => typeof(SentenceLayer);

    public Document Annotate(Document document) => document.With(new SentenceLayer(Split(document.Text)));

    public static ImmutableArray<TextSpan> Split(string text)
    {
        var sentences = ImmutableArray.CreateBuilder<TextSpan>();
        var wrapped = IsHardWrapped(text);
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                var after = SkipSpacesOnLine(text, i + 1);
                var paragraphBreak = after < text.Length && text[after] == '\n';
                if (paragraphBreak || LineBreakEndsSentence(text, i, wrapped))
                {
                    Add(sentences, text, start, i);
                    start = i + 1;
                }

                i = paragraphBreak ? after : i + 1;
                continue;
            }

            if (!IsTerminal(c))
            {
                i++;
                continue;
            }

            var terminalEnd = SkipTerminals(text, i);
            var end = SkipClosers(text, terminalEnd);
            if (end >= text.Length || !char.IsWhiteSpace(text[end]))
            {
                i = Math.Max(end, i + 1);
                continue;
            }

            var next = SkipWhitespace(text, end);
            var spacedClosersEnd = SkipSpacedClosingQuotes(text, next);
            if (spacedClosersEnd > next && !text.AsSpan(end, next - end).Contains('\n'))
            {
                end = spacedClosersEnd;
                next = SkipWhitespace(text, end);
            }

            var crossesLine = text.AsSpan(end, next - end).Contains('\n');

            // A break that crosses a line is decided at the line break itself.
            if (!crossesLine && next < text.Length && EndsSentence(text, i, terminalEnd, next, lineBreak: false))
            {
                Add(sentences, text, start, end);
                start = end;
            }

            i = end;
        }

        Add(sentences, text, start, text.Length);
        return sentences.ToImmutable();
    }

    /// <summary>
    /// Decides the break after the terminal run [<paramref name="terminalStart"/>, <paramref name="terminalEnd"/>)
    /// whose next word starts at <paramref name="next"/>; a line break between them counts as evidence of an end.
    /// </summary>
    private static bool EndsSentence(string text, int terminalStart, int terminalEnd, int next, bool lineBreak)
    {
        var opensSentence = lineBreak || CanOpenSentence(text[next]);
        var isPeriod = text[terminalStart] == '.' && terminalEnd - terminalStart == 1;
        if (IsElision(text, terminalStart, terminalEnd) || (isPeriod && IsListNumber(text, terminalStart)))
        {
            return false;
        }

        if (!isPeriod)
        {
            var quoted = terminalEnd < text.Length && IsClosingQuote(text[terminalEnd]);
            return opensSentence && !(quoted && !lineBreak && AttributionFollows(text, next));
        }

        var word = WordBefore(text, terminalStart);
        return Abbreviations.Classify(word) switch
        {
            AbbreviationKind.BeforeName => false,
            AbbreviationKind.BeforeNumber => !char.IsDigit(text[next]) && opensSentence,
            AbbreviationKind.Ambiguous when word.Length == 1 => NextWordIsStarter(text, next),
            AbbreviationKind.Ambiguous => lineBreak || NextWordIsStarter(text, next),
            _ => opensSentence,
        };
    }

    /// <summary>An ellipsis in brackets marks words left out of a quotation: "[...]", "(…)".</summary>
    private static bool IsElision(string text, int terminalStart, int terminalEnd) =>
        terminalStart > 0 && text[terminalStart - 1] is '[' or '('
        && terminalEnd < text.Length && text[terminalEnd] is ']' or ')';

    /// <summary>The period closes the number of a list item at the start of a line: "2. Sanctions stay".</summary>
    private static bool IsListNumber(string text, int dot)
    {
        const int longestItemNumber = 3;
        var begin = dot;
        while (begin > 0 && dot - begin < longestItemNumber && char.IsDigit(text[begin - 1]))
        {
            begin--;
        }

        if (begin == dot)
        {
            return false;
        }

        while (begin > 0 && text[begin - 1] is ' ' or '\t')
        {
            begin--;
        }

        return begin == 0 || text[begin - 1] == '\n';
    }

    /// <summary>A single line break at <paramref name="newline"/> ends the sentence before it.</summary>
    private static bool LineBreakEndsSentence(string text, int newline, bool wrapped)
    {
        var lineEnd = newline;
        while (lineEnd > 0 && text[lineEnd - 1] != '\n' && char.IsWhiteSpace(text[lineEnd - 1]))
        {
            lineEnd--;
        }

        var next = SkipWhitespace(text, newline + 1);
        if (lineEnd == 0 || text[lineEnd - 1] == '\n' || next >= text.Length)
        {
            return true;
        }

        var beforeClosers = lineEnd;
        while (beforeClosers > 0 && IsCloser(text[beforeClosers - 1]))
        {
            beforeClosers--;
        }

        if (beforeClosers > 0 && IsTerminal(text[beforeClosers - 1]))
        {
            var terminalStart = beforeClosers - 1;
            while (terminalStart > 0 && IsTerminal(text[terminalStart - 1]))
            {
                terminalStart--;
            }

            // An ellipsis at the end of a line that goes on in lower case is a pause, not an end.
            var ellipsis = text[beforeClosers - 1] == '…' || (beforeClosers - terminalStart > 1 && text[terminalStart] == '.');
            return !(ellipsis && char.IsLower(text[next])) && EndsSentence(text, terminalStart, beforeClosers, next, lineBreak: !wrapped);
        }

        return !wrapped && !char.IsLower(text[next]) && !LineContinues(text, lineEnd, text[next]);
    }

    /// <summary>
    /// The line ending at <paramref name="lineEnd"/> stops on a joining mark or a word that needs more;
    /// a colon joins only a quotation that follows (a list that follows is items of its own).
    /// </summary>
    private static bool LineContinues(string text, int lineEnd, char nextLineStart)
    {
        var last = text[lineEnd - 1];
        if (last == ':')
        {
            return IsOpeningQuote(nextLineStart);
        }

        if (last is ',' or ';' or '-' or '–' or '—' or '(' or '[' or '/' or '&')
        {
            return true;
        }

        var begin = lineEnd;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return begin < lineEnd && LineContinuations.Value.Contains(text.AsSpan(begin, lineEnd - begin));
    }

    /// <summary>
    /// Text wrapped at a fixed width breaks lines mid-sentence: many lines end without
    /// punctuation and the next line goes on in lower case.
    /// </summary>
    private static bool IsHardWrapped(string text)
    {
        int lineBreaks = 0, midSentence = 0;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] != '\n' || text[i - 1] == '\n' || text[i + 1] == '\n')
            {
                continue;
            }

            lineBreaks++;
            if ((char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == ',') && char.IsLower(text[i + 1]))
            {
                midSentence++;
            }
        }

        return midSentence >= 3 && midSentence * 4 >= lineBreaks;
    }

    /// <summary>The letters and inner periods right before the period at <paramref name="dot"/>, if they form a word.</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int dot)
    {
        const int longestAbbreviation = 12;
        var begin = dot;
        while (begin > 0 && dot - begin < longestAbbreviation && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '.'))
        {
            begin--;
        }

        while (begin < dot && text[begin] == '.')
        {
            begin++;
        }

        var glued = begin > 0 && (char.IsLetterOrDigit(text[begin - 1]) || text[begin - 1] is '.' or '\'' or '’');
        return glued ? [] : text.AsSpan(begin, dot - begin);
    }

    /// <summary>
    /// The words from <paramref name="next"/> are an attribution: a few capitalized name words and a
    /// speech verb, as in "Why now?" Smith asked.
    /// </summary>
    private static bool AttributionFollows(string text, int next)
    {
        const int longestName = 4;
        var position = next;
        for (var names = 0; names <= longestName && position < text.Length; names++)
        {
            var end = position;
            while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '.' or '-' or '\'' or '’'))
            {
                end++;
            }

            if (end == position)
            {
                return false;
            }

            if (!char.IsUpper(text[position]))
            {
                return names > 0 && AttributionVerbs.Value.Contains(text.AsSpan(position, end - position).TrimEnd('.'));
            }

            position = end;
            while (position < text.Length && text[position] == ' ')
            {
                position++;
            }
        }

        return false;
    }

    private static bool NextWordIsStarter(string text, int next)
    {
        if (IsOpeningQuote(text[next]))
        {
            return true;
        }

        if (!char.IsUpper(text[next]))
        {
            return false;
        }

        var end = next;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > next && Abbreviations.IsSentenceStarter(text.AsSpan(next, end - next));
    }

    private static bool CanOpenSentence(char c) =>
        !char.IsLower(c) && c is not (',' or ';' or ':' or ')' or ']' or '}' or '.' or '!' or '?' or '%');

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    private static int SkipTerminals(string text, int i)
    {
        var end = i + 1;
        while (end < text.Length && IsTerminal(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>Closing quotes and brackets after the terminal; a straight quote closes only when nothing is glued after it.</summary>
    private static int SkipClosers(string text, int from)
    {
        var end = from;
        while (end < text.Length && IsCloser(text[end]))
        {
            var straight = text[end] is '"' or '\'';
            if (straight && end + 1 < text.Length && !char.IsWhiteSpace(text[end + 1]) && !IsCloser(text[end + 1]))
            {
                break;
            }

            end++;
        }

        return end;
    }

    private static int SkipWhitespace(string text, int from)
    {
        var i = from;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Closing quotes set off by a space after the period ("wait. '\""): a run of quote marks with
    /// no opening mark, followed by whitespace or the end, cannot open the next sentence.
    /// </summary>
    private static int SkipSpacedClosingQuotes(string text, int from)
    {
        var end = from;
        while (end < text.Length && IsClosingQuote(text[end]))
        {
            end++;
        }

        return end > from && (end == text.Length || char.IsWhiteSpace(text[end])) ? end : from;
    }

    private static bool IsCloser(char c) => IsClosingQuote(c) || c is ')' or ']' or '}';

    private static bool IsClosingQuote(char c) => QuoteMarks.IsClosing(c);

    private static bool IsOpeningQuote(char c) => QuoteMarks.IsOpening(c);

    private static int SkipSpacesOnLine(string text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] != '\n' && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Adds the trimmed span [start, end) as a sentence. A span without a letter or digit (a stray
    /// closing quote after a spaced-off period) joins the sentence before it on the same line.
    /// </summary>
    private static void Add(ImmutableArray<TextSpan>.Builder sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= start)
        {
            return;
        }

        var hasContent = false;
        for (var i = start; i < end && !hasContent; i++)
        {
            hasContent = char.IsLetterOrDigit(text[i]);
        }

        var previous = sentences.Count > 0 ? sentences[^1] : default;
        if (!hasContent && sentences.Count > 0 && !text.AsSpan(previous.End, start - previous.End).Contains('\n'))
        {
            sentences[^1] = previous with { End = end };
            return;
        }

        sentences.Add(new TextSpan(start, end));
    }
}
