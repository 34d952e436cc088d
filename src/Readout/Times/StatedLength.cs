using System.Globalization;
using System.Text.RegularExpressions;

namespace Readout.Times;

/// <summary>
/// A length of time a text states: a duration ("just under two hours") or the gap between the start
/// and end times it gives ("began at 10:00 and ended at 12:30").
/// </summary>
/// <param name="Hedge">The words qualifying the amount ("over", "just under"); null when exact.</param>
/// <param name="Modifier">The TIMEX3 mod of the hedge (MORE_THAN, LESS_THAN, APPROX, ...).</param>
public sealed partial record StatedLength(int Start, int End, double Minutes, string? Hedge = null, string? Modifier = null)
{
    /// <summary>How many words before a clock time a start or end word ("began", "until") may stand.</summary>
    private const int CueWindow = 3;

    /// <summary>The lengths stated between <paramref name="from"/> and <paramref name="to"/>, in text order.</summary>
    public static IReadOnlyList<StatedLength> In(string text, int from, int to, IEnumerable<TimeExpression> times)
    {
        var inSpan = times.Where(t => t.Start >= from && t.End <= to).OrderBy(t => t.Start).ToList();
        var lengths = inSpan
            .Where(t => t.Type == "DURATION" && t.Minutes is > 0)
            .Select(t => new StatedLength(t.Start, t.End, t.Minutes!.Value, t.Hedge, t.Modifier))
            .ToList();

        var clocks = inSpan.Where(t => t.Type == "TIME" && ClockMinutes(t.Value) is not null).ToList();
        for (var i = 0; i + 1 < clocks.Count; i++)
        {
            var (opening, closing) = (clocks[i], clocks[i + 1]);
            var before = i > 0 ? clocks[i - 1].End : from;
            if (HasCue(text[before..opening.Start], "spanstart") && HasCue(text[opening.End..closing.Start], "spanend"))
            {
                var minutes = ClockMinutes(closing.Value)!.Value - ClockMinutes(opening.Value)!.Value;
                lengths.Add(new StatedLength(opening.Start, closing.End, minutes > 0 ? minutes : minutes + (24 * 60)));
                i++;
            }
        }

        return [.. lengths.OrderBy(l => l.Start)];
    }

    /// <summary>Whether one of the last few words (or word pairs) before a clock time is of the class.</summary>
    private static bool HasCue(string between, string wordClass)
    {
        var words = Word().Matches(between).Select(m => m.Value).TakeLast(CueWindow).ToList();
        return words.Where((word, i) => TimeLexicon.Contains(wordClass, word)
            || (i + 1 < words.Count && TimeLexicon.Contains(wordClass, word + " " + words[i + 1]))).Any();
    }

    private static int? ClockMinutes(string value) =>
        ClockValue().Match(value) is { Success: true } clock
            ? (int.Parse(clock.Groups[1].Value, CultureInfo.InvariantCulture) * 60) + int.Parse(clock.Groups[2].Value, CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"T(\d\d):(\d\d)")]
    private static partial Regex ClockValue();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
