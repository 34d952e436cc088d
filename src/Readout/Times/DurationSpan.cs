using System.Globalization;
using System.Text;

namespace Readout.Times;

/// <summary>
/// A length of time read from a number and unit words ("two and a half hours", "1 hour and
/// 15 minutes"): its ISO 8601 value, the first amount and unit, and minutes when fixed.
/// </summary>
/// <param name="Amount">The first number; null when vague ("several days").</param>
/// <param name="Unit">The first unit as its time-words.tsv value (TH, D, 10Y, ...).</param>
public sealed record DurationSpan(string Value, double? Amount, string Unit, double? Minutes)
{
    private static readonly string[] DateOrder = ["Y", "M", "W", "D"];
    private static readonly string[] TimeOrder = ["TH", "TM", "TS"];

    private static readonly Dictionary<string, double> MinutesPer = new()
    {
        ["W"] = 7 * 24 * 60,
        ["D"] = 24 * 60,
        ["TH"] = 60,
        ["TM"] = 1,
        ["TS"] = 1.0 / 60,
    };

    /// <summary>Where a fraction of a unit goes: half a year is six months, half a day twelve hours.</summary>
    private static readonly Dictionary<string, (string Unit, double Factor)> Smaller = new()
    {
        ["Y"] = ("M", 12),
        ["W"] = ("D", 7),
        ["D"] = ("TH", 24),
        ["TH"] = ("TM", 60),
        ["TM"] = ("TS", 60),
    };

    public static DurationSpan? From(string? number, bool andAHalf, string unitWord, string? number2, string? unitWord2)
    {
        if (TimeLexicon.Value("unit", unitWord) is not { Length: > 0 } unit)
        {
            return null;
        }

        var vague = number is null || TimeLexicon.Contains("vaguenumber", number);
        if (vague)
        {
            return new DurationSpan(VagueValue(unit), null, unit, null);
        }

        // "a second round" is an ordinal, not one second.
        if (unit == "TS" && TimeLexicon.Fold(unitWord) == "second" && TimeLexicon.Fold(number!) is "a" or "the")
        {
            return null;
        }

        if (NumberWords.Parse(number!) is not { } amount || amount <= 0 || amount > 1_000_000)
        {
            return null;
        }

        var parts = new Dictionary<string, double>();
        if (!Add(parts, amount + (andAHalf ? 0.5 : 0), unit))
        {
            return null;
        }

        if (number2 is not null && unitWord2 is not null)
        {
            if (TimeLexicon.Value("unit", unitWord2) is not { Length: > 0 } unit2 || NumberWords.Parse(number2) is not { } amount2 || !Add(parts, amount2, unit2))
            {
                return null;
            }
        }

        var minutes = parts.Keys.All(MinutesPer.ContainsKey) ? parts.Sum(part => part.Value * MinutesPer[part.Key]) : (double?)null;
        return new DurationSpan(Format(parts), amount + (andAHalf ? 0.5 : 0), unit, minutes);
    }

    /// <summary>"10Y" is ten years, "TH" hours: the multiple and the ISO designator of a unit value.</summary>
    public static (int Multiple, string Designator) SplitUnit(string unit)
    {
        var digits = unit.TakeWhile(char.IsDigit).Count();
        return (digits == 0 ? 1 : int.Parse(unit[..digits], CultureInfo.InvariantCulture), unit[digits..]);
    }

    private static bool Add(Dictionary<string, double> parts, double amount, string unit)
    {
        var (multiple, designator) = SplitUnit(unit);
        amount *= multiple;

        if (!DateOrder.Contains(designator) && !TimeOrder.Contains(designator))
        {
            return false;
        }

        while (amount != Math.Floor(amount) && Smaller.TryGetValue(designator, out var smaller))
        {
            var whole = Math.Floor(amount);
            if (whole > 0)
            {
                parts[designator] = parts.GetValueOrDefault(designator) + whole;
            }

            (designator, amount) = (smaller.Unit, (amount - whole) * smaller.Factor);
        }

        parts[designator] = parts.GetValueOrDefault(designator) + amount;
        return true;
    }

    private static string Format(Dictionary<string, double> parts)
    {
        var value = new StringBuilder("P");
        foreach (var designator in DateOrder.Where(parts.ContainsKey))
        {
            value.Append(Number(parts[designator])).Append(designator);
        }

        if (TimeOrder.Any(parts.ContainsKey))
        {
            value.Append('T');
            foreach (var designator in TimeOrder.Where(parts.ContainsKey))
            {
                value.Append(Number(parts[designator])).Append(designator[1]);
            }
        }

        return value.ToString();
    }

    private static string Number(double amount) => Math.Round(amount, 3).ToString("0.###", CultureInfo.InvariantCulture);

    private static string VagueValue(string unit) => unit switch
    {
        "10Y" => "PXDE",
        "100Y" => "PXCE",
        "2W" => "PXW",
        _ when unit.StartsWith('T') => "PTX" + unit[1..],
        _ => "PX" + unit,
    };
}
