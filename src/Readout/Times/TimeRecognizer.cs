using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Readout.Times;

/// <summary>
/// Finds the time expressions of a text and normalizes them against the publication date:
/// every pattern of time-patterns.tsv proposes spans, the longest normalizable ones win,
/// then a time of day and the day next to it ("1:00 p.m. today") become one expression.
/// </summary>
public static partial class TimeRecognizer
{
    private static readonly string[] Joiners = ["", ",", "on", "at", ", at", ", on", "of"];

    public static ImmutableArray<TimeExpression> Recognize(string text, DateOnly? anchor)
    {
        // Periods around an anchor at the ends of the calendar would leave it; such a date is no publication date.
        anchor = anchor is { Year: > 10 and < 9900 } ? anchor : null;
        var chosen = Choose(Candidates(text, anchor));
        var merged = MergeClockAndDay(text, chosen);
        return [.. merged.Select(candidate => Place(text, candidate, anchor))];
    }

    private sealed record Candidate(int Start, int End, int Order, TimeValue Value)
    {
        public int Length => End - Start;
    }

    private static List<Candidate> Candidates(string text, DateOnly? anchor)
    {
        var candidates = new List<Candidate>();
        foreach (var pattern in TimePatterns.All)
        {
            try
            {
                foreach (var match in pattern.Scanner.Matches(text))
                {
                    if (match.Length > 0 && TimeNormalizer.Normalize(pattern.Kind, match, text, anchor) is { } value)
                    {
                        candidates.Add(new Candidate(match.Index, match.Index + match.Length, pattern.Order, value));
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological input for one pattern costs that pattern's matches only.
            }
        }

        return candidates;
    }

    /// <summary>Longest first (earlier pattern on a tie), never overlapping, in text order.</summary>
    private static List<Candidate> Choose(List<Candidate> candidates)
    {
        var taken = new List<Candidate>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Length).ThenBy(c => c.Order).ThenBy(c => c.Start))
        {
            if (!taken.Any(t => t.Start < candidate.End && candidate.Start < t.End))
            {
                taken.Add(candidate);
            }
        }

        return [.. taken.OrderBy(c => c.Start)];
    }

    private static List<Candidate> MergeClockAndDay(string text, List<Candidate> chosen)
    {
        var merged = new List<Candidate>();
        for (var i = 0; i < chosen.Count; i++)
        {
            if (i + 1 < chosen.Count && Combine(chosen[i], chosen[i + 1]) is { } combined && Joiners.Contains(Gap(text, chosen[i], chosen[i + 1])))
            {
                merged.Add(combined);
                i++;
            }
            else
            {
                merged.Add(chosen[i]);
            }
        }

        return merged;
    }

    private static string Gap(string text, Candidate left, Candidate right) =>
        WhiteSpace().Replace(text[left.End..right.Start].Trim().ToLowerInvariant(), " ");

    private static Candidate? Combine(Candidate left, Candidate right)
    {
        var (clock, day) = IsOpenClock(left.Value) ? (left, right) : (right, left);
        if (!IsOpenClock(clock.Value) || DayPrefix(day.Value) is not { } date)
        {
            return null;
        }

        var timeOfDay = clock.Value.Value[TimeNormalizer.OpenDate.Length..];
        return new Candidate(Math.Min(left.Start, right.Start), Math.Max(left.End, right.End), left.Order,
            new TimeValue("TIME", date + timeOfDay, From: day.Value.From, Until: day.Value.Until));
    }

    private static bool IsOpenClock(TimeValue value) =>
        value.Type == "TIME" && value.Value.StartsWith(TimeNormalizer.OpenDate + "T", StringComparison.Ordinal);

    /// <summary>The yyyy-MM-dd of a value naming one day (with or without a part of the day), or null.</summary>
    private static string? DayPrefix(TimeValue value) =>
        value.Type is "DATE" or "TIME" && DayValue().Match(value.Value) is { Success: true } day ? day.Groups[1].Value : null;

    private static TimeExpression Place(string text, Candidate candidate, DateOnly? anchor)
    {
        var value = candidate.Value;
        if (IsOpenClock(value) && anchor is { } day)
        {
            var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            value = value with { Value = date + value.Value[TimeNormalizer.OpenDate.Length..], From = day, Until = day };
        }

        return new TimeExpression(candidate.Start, candidate.End, text[candidate.Start..candidate.End], value.Type, value.Value,
            value.Modifier, value.Minutes, value.From, value.Until, value.Hedge);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^(\d{4}-\d\d-\d\d)(?:T[A-Z]{2})?$")]
    private static partial Regex DayValue();
}
