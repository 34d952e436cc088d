using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Readout.Core;
using Readout.Times;

namespace Readout.Quantities;

/// <summary>
/// Finds numbers in digits and words (quantity-patterns.tsv) with their qualifier ("more
/// than"), the unit phrase that follows ("young people", "point peace proposal") and a rate
/// ("every single week"). Numbers inside the given time expressions are left to them.
/// </summary>
public static partial class QuantityRecognizer
{
    private const int MaxUnitWords = 4;

    private static readonly IReadOnlyList<TimePattern> Patterns = TimePatterns.Load("Quantities/quantity-patterns.tsv");

    private static readonly string[] Endings = [.. DataFile.Rows("Times/quantity-words.tsv", 2).Where(row => row[0] == "ending").Select(row => row[1])];

    private static readonly Regex Rate = new(
        $@"\G\s+(?:{TimeLexicon.Alternation("rate")})\s+(?<rate>{TimeLexicon.Alternation("unit")})(?!\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(5));

    public static ImmutableArray<Quantity> Recognize(string text, IReadOnlyList<TimeExpression> times)
    {
        var found = new List<(Quantity Quantity, int NumberLength)>();
        foreach (var pattern in Patterns)
        {
            try
            {
                foreach (var match in pattern.Scanner.Matches(text))
                {
                    var number = match.Groups[pattern.Kind == "ordinal" ? "ordinal" : "num"];
                    if (!times.Any(t => t.Start < number.Index + number.Length && number.Index < t.End)
                        && Read(text, match, pattern.Kind == "ordinal") is { } quantity)
                    {
                        found.Add((quantity, match.Length));
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological input for one pattern costs that pattern's matches only.
            }
        }

        // The longest number wins ("$350 million" over "million through"), whatever its unit.
        var taken = new List<Quantity>();
        foreach (var (quantity, _) in found.OrderByDescending(f => f.NumberLength).ThenBy(f => f.Quantity.Start))
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

        if (!double.IsFinite(amount))
        {
            return null;
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
            (end, unit) = UnitPhrase(text, end, match.Groups["hyphenunit"] is { Success: true } hyphen ? hyphen.Value : null);
        }

        // A number word with nothing counted is mostly a pronoun or an adverb ("one of them", "at first", "cut in half").
        if (unit is null && !match.Value.Any(char.IsDigit))
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
    /// The words naming what is counted, up to four before a function word or punctuation:
    /// through the first plural or collective noun ("people") when there is one, else up to
    /// the first verb- or adverb-like word ("the first truck rumbled").
    /// </summary>
    private static (int End, string? Unit) UnitPhrase(string text, int start, string? hyphenUnit)
    {
        var words = new List<(string Word, int End)>();
        if (hyphenUnit is not null && !TimeLexicon.Contains("stop", hyphenUnit))
        {
            words.Add((hyphenUnit, start));
        }

        var offset = start;
        if (hyphenUnit is null || !EndsPhrase(hyphenUnit))
        {
            foreach (Match word in NextWord().Matches(text, start))
            {
                var value = word.Groups["word"].Value;
                if (word.Index != offset || words.Count >= MaxUnitWords || TimeLexicon.Contains("stop", value))
                {
                    break;
                }

                words.Add((value, word.Index + word.Length));
                offset = word.Index + word.Length;
                if (EndsPhrase(value) || TimeLexicon.Contains("percent", value))
                {
                    break;
                }
            }
        }

        var percent = words.FindIndex(w => TimeLexicon.Contains("percent", w.Word));
        if (percent == 0)
        {
            return (words[0].End, "percent");
        }

        // A verb-like word ends the phrase when nothing or a name follows it ("the first truck rumbled",
        // "the seventh ended Rahman's run"), not when it modifies the next word ("established groups").
        var verbal = words.FindIndex(w => LooksVerbal(w.Word));
        while (verbal >= 0 && verbal + 1 < words.Count && !char.IsUpper(words[verbal + 1].Word[0]))
        {
            var next = words.Skip(verbal + 1).ToList().FindIndex(w => LooksVerbal(w.Word));
            verbal = next < 0 ? -1 : verbal + 1 + next;
        }

        var kept = verbal >= 0 ? verbal : words.Count;
        var head = words.Take(kept).ToList().FindIndex(w => EndsPhrase(w.Word));
        var count = head >= 0 ? head + 1 : kept;
        if (percent > 0)
        {
            count = Math.Min(count, percent);
        }

        return count == 0 ? (start, null) : (words[count - 1].End, string.Join(' ', words.Take(count).Select(w => w.Word)));
    }

    private static bool EndsPhrase(string word) =>
        TimeLexicon.Contains("head", word)
        || (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.Contains('\'') && !word.Contains('’'));

    private static bool LooksVerbal(string word) =>
        Endings.Any(ending => word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\G\s+(?<word>\p{L}[\p{L}'’-]*)")]
    private static partial Regex NextWord();
}
