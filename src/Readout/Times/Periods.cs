using System.Globalization;

namespace Readout.Times;

/// <summary>A calendar period with its TIMEX3 value and the first and last days it covers.</summary>
public sealed record Period(string Value, DateOnly From, DateOnly Until)
{
    public static Period Day(DateOnly day) => new(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day, day);

    public static Period Month(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new($"{year:D4}-{month:D2}", first, first.AddMonths(1).AddDays(-1));
    }

    public static Period Year(int year) => new($"{year:D4}", new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static Period Quarter(int year, int quarter)
    {
        var first = new DateOnly(year, (3 * (quarter - 1)) + 1, 1);
        return new($"{year:D4}-Q{quarter}", first, first.AddMonths(3).AddDays(-1));
    }

    /// <summary>The ISO week holding <paramref name="day"/>, Monday to Sunday.</summary>
    public static Period Week(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new($"{ISOWeek.GetYear(date):D4}-W{ISOWeek.GetWeekOfYear(date):D2}", monday, monday.AddDays(6));
    }

    public static Period Weekend(DateOnly day)
    {
        var week = Week(day);
        return new(week.Value + "-WE", week.From.AddDays(5), week.Until);
    }

    /// <summary>A season of a year; winter starts in December of that year.</summary>
    public static Period Season(int year, string code)
    {
        var firstMonth = SeasonStartMonth(code);
        var first = new DateOnly(year, firstMonth, 1);
        return new($"{year:D4}-{code}", first, first.AddMonths(3).AddDays(-1));
    }

    public static Period HalfYear(int year, int half)
    {
        var first = new DateOnly(year, half == 1 ? 1 : 7, 1);
        return new($"{year:D4}-H{half}", first, first.AddMonths(6).AddDays(-1));
    }

    public static Period Decade(int year)
    {
        var first = year - (year % 10);
        return new($"{first / 10:D3}X", new DateOnly(first, 1, 1), new DateOnly(first + 9, 12, 31));
    }

    public static Period Century(int ordinal)
    {
        var firstYear = Math.Max(1, ((ordinal - 1) * 100) + 1);
        return new($"{ordinal - 1:D2}", new DateOnly(firstYear, 1, 1), new DateOnly(Math.Min(9999, firstYear + 99), 12, 31));
    }

    public static int SeasonStartMonth(string code) => code switch
    {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };

    /// <summary>The start, middle or end third of this period (TIMEX3 mod START, MID, END).</summary>
    public Period Part(string? modifier)
    {
        var days = Until.DayNumber - From.DayNumber + 1;
        var third = days / 3;
        if (third == 0)
        {
            return this;
        }

        return modifier switch
        {
            "START" => this with { Until = From.AddDays(third - 1) },
            "MID" => this with { From = From.AddDays(third), Until = Until.AddDays(-third) },
            "END" => this with { From = Until.AddDays(1 - third) },
            _ => this,
        };
    }
}
