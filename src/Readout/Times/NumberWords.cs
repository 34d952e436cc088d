using System.Globalization;

namespace Readout.Times;

/// <summary>Reads numbers written in digits ("5,000", "1.5") or words ("twenty-five", "two million", "a").</summary>
public static class NumberWords
{
    /// <summary>
    /// The value of a number phrase; null when it is not a number or is a vague one ("several").
    /// Digits may carry a word scale ("1.5 million").
    /// </summary>
    public static double? Parse(string phrase)
    {
        var folded = TimeLexicon.Fold(phrase);
        if (folded.Length == 0)
        {
            return null;
        }

        if (TimeLexicon.Value("cardinal", folded) is { Length: > 0 } whole)
        {
            return double.Parse(whole, CultureInfo.InvariantCulture);
        }

        double total = 0, current = 0;
        var any = false;
        foreach (var word in folded.Split(' '))
        {
            if (double.TryParse(word.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var digits) && word.Any(char.IsDigit) && double.IsFinite(digits))
            {
                current += digits;
            }
            else if (Fraction(word) is { } fraction)
            {
                current += fraction;
            }
            else if (TimeLexicon.Value("scale", word) is { Length: > 0 } scaleText)
            {
                var scale = double.Parse(scaleText, CultureInfo.InvariantCulture);
                current = (current == 0 ? 1 : current) * scale;
                if (scale >= 1000)
                {
                    total += current;
                    current = 0;
                }
            }
            else if ((TimeLexicon.Value("cardinal", word) ?? TimeLexicon.Value("article", word)) is { Length: > 0 } cardinal)
            {
                current += double.Parse(cardinal, CultureInfo.InvariantCulture);
            }
            else if (word != "and")
            {
                return null;
            }

            any = true;
        }

        return any && double.IsFinite(total + current) ? total + current : null;
    }

    /// <summary>A written fraction, alone or after its whole number: "1/2", "2½", "¾".</summary>
    private static double? Fraction(string word)
    {
        if (word.Split('/') is [var numerator, var denominator]
            && int.TryParse(numerator, NumberStyles.None, CultureInfo.InvariantCulture, out var top)
            && int.TryParse(denominator, NumberStyles.None, CultureInfo.InvariantCulture, out var bottom)
            && bottom > top)
        {
            return top / (double)bottom;
        }

        if (word.Length == 0 || VulgarFraction(word[^1]) is not { } part)
        {
            return null;
        }

        var whole = word[..^1];
        return whole.Length == 0 ? part
            : int.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out var units) ? units + part
            : null;
    }

    private static double? VulgarFraction(char glyph) => glyph switch
    {
        '½' => 0.5,
        '¼' => 0.25,
        '¾' => 0.75,
        _ => null,
    };

    /// <summary>The value of an ordinal ("ninth", "21st"), or null.</summary>
    public static int? ParseOrdinal(string phrase)
    {
        var folded = TimeLexicon.Fold(phrase);
        if (TimeLexicon.Value("ordinal", folded) is { Length: > 0 } listed)
        {
            return int.Parse(listed, CultureInfo.InvariantCulture);
        }

        var digits = folded.TrimEnd('s', 't', 'n', 'd', 'r', 'h');
        if (digits.Length > 0 && digits.Length < folded.Length && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var numeric))
        {
            return numeric;
        }

        // Compound ordinals: "twenty-first" is a cardinal ten and an ordinal unit.
        var words = folded.Split(' ');
        if (words.Length == 2 && Parse(words[0]) is { } tens && TimeLexicon.Value("ordinal", words[1]) is { Length: > 0 } unit)
        {
            return (int)tens + int.Parse(unit, CultureInfo.InvariantCulture);
        }

        return null;
    }
}
