using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Readout.Time;

/// <summary>
/// Finds numbers in digits and words (quantity-patterns.tsv) with their qualifier ("more
/// than"), the unit phrase that follows ("young people", "point peace proposal") and a rate
/// ("every single week"). Numbers inside the given time expressions are left to them.
/// </summary>
public static partial class QuantityRecognizer
{
    private const int MaxUnitWords = 4;

    private static readonly IReadOnlyList<TimePattern> Patterns = TimePatterns.Load("quantity-patterns.tsv");

    private static readonly Regex Rate = new(
        $@"\G\s+(?:{TimeLexicon.Alternation("rate")})\s+(?<rate>{TimeLexicon.Alternation("unit")})(?!\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(5));

    public static ImmutableArray<Quantity> Recognize(string text, IReadOnlyList<TimeExpression> times)
    {
        var found = new List<Quantity>();
        foreach (var pattern in Patterns)
        {
            try
            {
                foreach (Match match in pattern.Regex.Matches(text))
                {
                    var number = match.Groups[pattern.Kind == "ordinal" ? "ordinal" : "num"];
                    if (!times.Any(t => t.Start < number.Index + number.Length && number.Index < t.End)
                        && Read(text, match, pattern.Kind == "ordinal") is { } quantity)
                    {
                        found.Add(quantity);
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological input for one pattern costs that pattern's matches only.
            }
        }

        var taken = new List<Quantity>();
        foreach (var quantity in found.OrderByDescending(q => q.End - q.Start).ThenBy(q => q.Start))
        {
            if (!taken.Any(t => t.Start < quantity.End && quantity.Start < t.End))
            {
                taken.Add(quantity);
            }
        }

        return [.. taken.OrderBy(q => q.Start)];
    }

    private static Quantity? Read(string text, Match match, bool ordinal)
    {
        double? value = ordinal ? NumberWords.ParseOrdinal(match.Groups["ordinal"].Value) : NumberWords.Parse(match.Groups["num"].Value);
        if (value is not { } amount)
        {
            return null;
        }

        if (match.Groups["scale"] is { Success: true } scale)
        {
            amount *= double.Parse(TimeLexicon.Value("scale", scale.Value)!, CultureInfo.InvariantCulture);
        }

        var end = match.Index + match.Length;
        string? unit;
        if (match.Groups["percent"].Success)
        {
            unit = "percent";
        }
        else if (match.Groups["currency"] is { Success: true } currency)
        {
            unit = TimeLexicon.Value("currency", currency.Value);
        }
        else
        {
            var (phraseEnd, phrase) = UnitPhrase(text, end, match.Groups["hyphenunit"] is { Success: true } hyphen ? hyphen.Value : null);
            (end, unit) = (phraseEnd, phrase);
        }

        // "one" without a unit is mostly a pronoun ("one of them").
        if (unit is null && !ordinal && amount == 1 && !match.Groups["num"].Value.Any(char.IsDigit))
        {
            return null;
        }

        string? rate = null;
        if (Rate.Match(text, end) is { Success: true } rateMatch)
        {
            rate = TimeLexicon.Fold(rateMatch.Groups["rate"].Value);
            end = rateMatch.Index + rateMatch.Length;
        }

        var qualifier = match.Groups["qualifier"] is { Success: true } q ? TimeLexicon.Value("modifier", q.Value) : null;
        return new Quantity(match.Index, end, text[match.Index..end], amount, unit, string.IsNullOrEmpty(qualifier) ? null : qualifier, rate, ordinal);
    }

    /// <summary>
    /// The words naming what is counted: up to four, ending before a function word or
    /// punctuation, and after a plural or a collective noun ("people").
    /// </summary>
    private static (int End, string? Unit) UnitPhrase(string text, int start, string? hyphenUnit)
    {
        var words = new List<string>();
        var end = start;
        if (hyphenUnit is not null)
        {
            words.Add(hyphenUnit);
        }

        if (hyphenUnit is null || !EndsPhrase(hyphenUnit))
        {
            foreach (Match word in NextWord().Matches(text[start..]))
            {
                var lower = word.Groups["word"].Value.ToLowerInvariant();
                if (word.Index != end - start || words.Count >= MaxUnitWords || TimeLexicon.Contains("stop", lower)
                    || TimeLexicon.Contains("percent", lower) && words.Count > 0)
                {
                    break;
                }

                words.Add(lower);
                end = start + word.Index + word.Length;
                if (EndsPhrase(lower) || TimeLexicon.Contains("percent", lower))
                {
                    break;
                }
            }
        }

        if (words.Count > 0 && TimeLexicon.Contains("percent", words[^1]))
        {
            return (end, "percent");
        }

        return (end, words.Count == 0 ? null : string.Join(' ', words));
    }

    private static bool EndsPhrase(string word) =>
        TimeLexicon.Contains("head", word) || (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal));

    [GeneratedRegex(@"\G\s+(?<word>\p{L}[\p{L}'’-]*)")]
    private static partial Regex NextWord();
}
