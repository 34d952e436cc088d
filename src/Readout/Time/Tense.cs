using System.Text.RegularExpressions;
using Readout.Data;

namespace Readout.Time;

public enum TenseCue
{
    None,
    Past,
    Future,
}

/// <summary>
/// Guesses whether an expression without a year or week of its own lies before or after the
/// publication date: the cue word (time-tense.tsv) nearest to it within its sentence decides.
/// </summary>
public static partial class Tense
{
    private static readonly Dictionary<string, TenseCue> Words = DataFile.Rows("time-tense.tsv", 2)
        .Where(row => !row[0].StartsWith('*'))
        .ToDictionary(row => row[0].ToLowerInvariant(), row => Cue(row[1]));

    private static readonly (string Ending, TenseCue Cue)[] Endings = [.. DataFile.Rows("time-tense.tsv", 2)
        .Where(row => row[0].StartsWith('*'))
        .Select(row => (row[0][1..].ToLowerInvariant(), Cue(row[1])))];

    public static TenseCue Around(string text, int start, int end)
    {
        var sentenceStart = Math.Max(0, text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(0, start - 1)) + 1);
        var sentenceEnd = text.IndexOfAny(['.', '!', '?', '\n'], Math.Min(text.Length, end));
        sentenceEnd = sentenceEnd < 0 ? text.Length : sentenceEnd;
        var best = TenseCue.None;
        var bestDistance = int.MaxValue;
        foreach (Match word in WordRegex().Matches(text[sentenceStart..sentenceEnd]))
        {
            var position = sentenceStart + word.Index;
            if (position >= start && position < end)
            {
                continue;
            }

            var cue = CueOf(word.Value.ToLowerInvariant());
            var distance = position < start ? start - position : position - end;
            if (cue != TenseCue.None && distance < bestDistance)
            {
                (best, bestDistance) = (cue, distance);
            }
        }

        return best;
    }

    private static TenseCue CueOf(string word) =>
        Words.TryGetValue(word, out var cue) ? cue
        : Endings.FirstOrDefault(ending => word.Length >= ending.Ending.Length + 2 && word.EndsWith(ending.Ending, StringComparison.Ordinal)).Cue;

    private static TenseCue Cue(string name) => name == "FUTURE" ? TenseCue.Future : TenseCue.Past;

    [GeneratedRegex(@"[\p{L}'’]+")]
    private static partial Regex WordRegex();
}
