using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Readout.Quantities;
using Readout.Times;

namespace Readout.Tests.Times;

/// <summary>Text built from the pieces time and quantity patterns react to.</summary>
public sealed record TimeLikeText(string Value)
{
    public override string ToString() => Value;
}

public static class TimeLikeTextArbitrary
{
    private static readonly string[] Pieces =
    [
        " ", " ", " ", "\n", ",", ".", "-", "–", "'", "’", "/", ":", "%", "$", "the", "a", "an", "and", "a half", "more than", "about",
        "in", "since", "will", "was", "said", "ago", "last", "next", "this", "early", "every", "single", "May", "March", "December",
        "Dec.", "Friday", "today", "tonight", "morning", "week", "weeks", "hour", "hours", "minutes", "year", "years", "decade",
        "summer", "quarter", "century", "1:00", "p.m.", "GMT", "noon", "2025", "1990s", "'58", "28", "31st", "0", "29", "5,000",
        "1.5", "two", "twenty", "ninth", "hundred", "million", "several", "now", "the past", "people", "point", "Q1", "é", "😀", "\ud800",
        "the end of", "mid-", "Christmas", "weekend", "00:00:00", "12/31/2025", "28/12/2025", "999,999", "from now", "first", "of",
    ];

    public static Arbitrary<TimeLikeText> TimeLikeText() =>
        Gen.Elements(Pieces).ArrayOf().Select(parts => new TimeLikeText(string.Concat(parts))).ToArbitrary();
}

public class TimePropertyTests
{
    private static DateOnly? Anchor(int days) => days % 7 == 0 ? null : new DateOnly(1990, 1, 1).AddDays(Math.Abs(days % 20000));

    private static bool TimesAreWellPlaced(string text, DateOnly? anchor)
    {
        var previousEnd = 0;
        foreach (var time in TimeRecognizer.Recognize(text, anchor))
        {
            if (time.Start < previousEnd || time.End <= time.Start || time.End > text.Length || text[time.Start..time.End] != time.Text
                || string.IsNullOrEmpty(time.Value))
            {
                return false;
            }

            previousEnd = time.End;
        }

        return true;
    }

    private static bool QuantitiesAreWellPlaced(string text, DateOnly? anchor)
    {
        var previousEnd = 0;
        foreach (var quantity in QuantityRecognizer.Recognize(text, TimeRecognizer.Recognize(text, anchor)))
        {
            if (quantity.Start < previousEnd || quantity.End <= quantity.Start || quantity.End > text.Length
                || text[quantity.Start..quantity.End] != quantity.Text)
            {
                return false;
            }

            previousEnd = quantity.End;
        }

        return true;
    }

    [Property(MaxTest = 300)]
    public bool Normalizer_never_throws_on_arbitrary_strings(string? text, int days) =>
        TimesAreWellPlaced(text ?? string.Empty, Anchor(days)) && QuantitiesAreWellPlaced(text ?? string.Empty, Anchor(days));

    [Property(Arbitrary = [typeof(TimeLikeTextArbitrary)], MaxTest = 300)]
    public bool Time_offsets_point_at_the_expression_text(TimeLikeText text, int days) =>
        TimesAreWellPlaced(text.Value, Anchor(days));

    [Property(Arbitrary = [typeof(TimeLikeTextArbitrary)], MaxTest = 300)]
    public bool Quantity_offsets_point_at_the_quantity_text(TimeLikeText text, int days) =>
        QuantitiesAreWellPlaced(text.Value, Anchor(days));

    [Property(MaxTest = 300)]
    public bool Number_reading_never_throws(string? text) =>
        NumberWords.Parse(text ?? string.Empty) is var value && NumberWords.ParseOrdinal(text ?? string.Empty) is var ordinal && (value is null || !double.IsNaN(value.Value)) && ordinal is null or >= 0;
}
