using System.Text.RegularExpressions;
using Readout.Core;
using Readout.Sentences;

namespace Readout.Times;

/// <summary>
/// Guesses whether an expression without a year or week of its own lies before or after the
/// publication date from the cue words of its sentence (time-tense.tsv): looking back, the
/// nearest auxiliary-like cue (will, was, said) decides, else the nearest other past form,
/// else the nearest cue after the expression.
/// </summary>
public static partial class Tense
{
    private enum Strength
    {
        None,
        Strong,
        Weak,
    }

    /// <summary>The longest word lower-cased on the stack; a longer one is lower-cased as a new string.</summary>
    private const int LongestWordLowered = 64;

    private static readonly IReadOnlyList<(string Word, bool IsEnding, TenseCue Cue, Strength Strength)> Cues =
        [.. DataFile.Rows("Times/tense-cues.tsv", 2).Select(row => (
            row[0].TrimStart('*').ToLowerInvariant(),
            row[0].StartsWith('*'),
            row[1] == "FUTURE" ? TenseCue.Future : TenseCue.Past,
            row[1] == "WEAKPAST" ? Strength.Weak : Strength.Strong))];

    public static TenseCue Around(string text, int start, int end)
    {
        var sentenceStart = Math.Min(start, text.Length);
        while (sentenceStart > 0 && !EndsSentence(text, sentenceStart - 1))
        {
            sentenceStart--;
        }

        var sentenceEnd = Math.Max(Math.Min(end, text.Length), sentenceStart);
        while (sentenceEnd < text.Length && !EndsSentence(text, sentenceEnd))
        {
            sentenceEnd++;
        }

        TenseCue? strongBefore = null, nearestBefore = null, firstAfter = null;
        Span<char> lowered = stackalloc char[LongestWordLowered];
        foreach (var word in WordRegex().EnumerateMatches(text.AsSpan(sentenceStart, sentenceEnd - sentenceStart)))
        {
            var position = sentenceStart + word.Index;
            if (position >= start && position < end)
            {
                continue;
            }

            var written = text.AsSpan(position, word.Length);
            var (tense, strength) = written.Length <= lowered.Length
                ? CueOf(lowered[..written.ToLowerInvariant(lowered)])
                : CueOf(written.ToString().ToLowerInvariant());
            if (strength == Strength.None)
            {
                continue;
            }

            if (position < start)
            {
                nearestBefore = tense;
                strongBefore = strength == Strength.Strong ? tense : strongBefore;
            }
            else
            {
                firstAfter = tense;
                break;
            }
        }

        return strongBefore ?? nearestBefore ?? firstAfter ?? TenseCue.None;
    }

    /// <summary>A line break, or a stop followed by a space and a capital, a quote or the end ("p.m. on" goes on).</summary>
    private static bool EndsSentence(string text, int index)
    {
        if (text[index] == '\n')
        {
            return true;
        }

        if (text[index] is not ('.' or '!' or '?'))
        {
            return false;
        }

        var next = index + 1;
        while (next < text.Length && QuoteMarks.IsClosing(text[next]))
        {
            next++;
        }

        return next >= text.Length || (char.IsWhiteSpace(text[next]) && (next + 1 >= text.Length || !char.IsLower(text[next + 1])));
    }

    private static (TenseCue Tense, Strength Strength) CueOf(ReadOnlySpan<char> word)
    {
        foreach (var cue in Cues)
        {
            if (cue.IsEnding ? word.Length >= cue.Word.Length + 2 && word.EndsWith(cue.Word, StringComparison.Ordinal) : word.SequenceEqual(cue.Word))
            {
                return (cue.Cue, cue.Strength);
            }
        }

        return (TenseCue.None, Strength.None);
    }

    [GeneratedRegex(@"[\p{L}'’]+")]
    private static partial Regex WordRegex();
}
