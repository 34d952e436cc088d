using Readout.Stories;
using Readout.Times;

namespace Readout.Tests.Times;

public class TimeRecognizerTests
{
    /// <summary>A Sunday, in ISO week 2025-W52.</summary>
    private static readonly DateOnly Sunday = new(2025, 12, 28);

    /// <summary>A Wednesday.</summary>
    private static readonly DateOnly Wednesday = new(2025, 12, 31);

    private static TimeExpression Only(string text, DateOnly? anchor = null)
    {
        var times = TimeRecognizer.Recognize(text, anchor ?? Sunday);
        Assert.True(times.Length == 1, $"expected one expression in \"{text}\", got: {string.Join("; ", times.Select(t => $"{t.Text}={t.Value}"))}");
        Assert.Equal(times[0].Text, text[times[0].Start..times[0].End]);
        return times[0];
    }

    private static TimeExpression Find(string text, string expression, DateOnly? anchor = null)
    {
        var times = TimeRecognizer.Recognize(text, anchor ?? Sunday);
        var found = times.FirstOrDefault(t => t.Text == expression);
        Assert.True(found is not null, $"\"{expression}\" not found in \"{text}\", got: {string.Join("; ", times.Select(t => $"{t.Text}={t.Value}"))}");
        return found;
    }

    [Theory]
    [InlineData("The accord was signed on December 28, 2025 in Geneva.", "December 28, 2025")]
    [InlineData("The accord was signed on 28 December 2025 in Geneva.", "28 December 2025")]
    [InlineData("The accord was signed on Dec. 28, 2025 in Geneva.", "Dec. 28, 2025")]
    [InlineData("The accord was signed on 2025-12-28 in Geneva.", "2025-12-28")]
    [InlineData("The accord was signed on 12/28/2025 in Geneva.", "12/28/2025")]
    [InlineData("The accord was signed on 28/12/2025 in Geneva.", "28/12/2025")]
    [InlineData("The accord was signed on Sunday, December 28, 2025 in Geneva.", "Sunday, December 28, 2025")]
    [InlineData("The accord was signed on the 28th of December, 2025 in Geneva.", "the 28th of December, 2025")]
    public void Absolute_dates_in_news_formats_are_one_day(string text, string expression)
    {
        var time = Only(text, new DateOnly(2026, 3, 1));
        Assert.Equal(expression, time.Text);
        Assert.Equal(("DATE", "2025-12-28"), (time.Type, time.Value));
    }

    [Theory]
    [InlineData("Exports fell in January 2026, the ministry reported.", "2026-01")]
    [InlineData("Exports fell in 2025, the ministry reported.", "2025")]
    [InlineData("Exports fell in the 1990s, the ministry reported.", "199X")]
    [InlineData("Exports fell in the first quarter of 2025, the ministry reported.", "2025-Q1")]
    [InlineData("Exports fell last summer, the ministry reported.", "2025-SU")]
    [InlineData("Exports fell sharply in the 20th century.", "19")]
    [InlineData("Exports fell in the first half of 2025.", "2025-H1")]
    [InlineData("Exports fell in the second half of last year.", "2024-H2")]
    public void Months_years_decades_quarters_and_seasons_have_their_granularity(string text, string value) =>
        Assert.Equal(value, Only(text).Value);

    [Fact]
    public void Bare_weekday_is_the_latest_one_on_or_before_publication() =>
        Assert.Equal("2025-12-29", Find("On Monday the ministers met in Ankara.", "Monday", Wednesday).Value);

    [Fact]
    public void Bare_weekday_on_the_publication_day_is_that_day() =>
        Assert.Equal("2025-12-31", Find("The ministers met on Wednesday in Ankara.", "Wednesday", Wednesday).Value);

    [Fact]
    public void Weekday_after_will_is_the_next_one() =>
        Assert.Equal("2026-01-02", Find("The ministers will meet on Friday in Ankara.", "Friday", Wednesday).Value);

    [Fact]
    public void Future_auxiliary_wins_over_a_nearer_reporting_verb() =>
        Assert.Equal("2026-01-02", Find("The talks will start on Friday, the envoy said.", "Friday", Wednesday).Value);

    [Theory]
    [InlineData("They spoke last Friday.", "2025-12-26")]
    [InlineData("They speak again next Friday.", "2026-01-02")]
    public void Last_and_next_weekday_skip_the_current_one(string text, string value) =>
        Assert.Equal(value, Only(text, Wednesday).Value);

    [Theory]
    [InlineData("The envoy arrived today.", "DATE", "2025-12-28")]
    [InlineData("The envoy arrived yesterday.", "DATE", "2025-12-27")]
    [InlineData("The envoy arrives tomorrow.", "DATE", "2025-12-29")]
    [InlineData("The envoy arrives tonight.", "TIME", "2025-12-28TNI")]
    [InlineData("The envoy arrived yesterday afternoon.", "TIME", "2025-12-27TAF")]
    public void Day_words_count_from_publication(string text, string type, string value)
    {
        var time = Only(text);
        Assert.Equal((type, value), (time.Type, time.Value));
    }

    [Theory]
    [InlineData("Shelling intensified this week.", "this week", "2025-W52")]
    [InlineData("Shelling intensified earlier this week.", "earlier this week", "2025-W52")]
    [InlineData("Shelling intensified last week.", "last week", "2025-W51")]
    [InlineData("Shelling intensified last month.", "last month", "2025-11")]
    [InlineData("Shelling intensified this year.", "this year", "2025")]
    [InlineData("Shelling intensified earlier this year.", "earlier this year", "2025")]
    [InlineData("Shelling may intensify next year.", "next year", "2026")]
    public void Relative_periods_shift_the_publication_period(string text, string expression, string value)
    {
        var time = Only(text);
        Assert.Equal((expression, "DATE", value), (time.Text, time.Type, time.Value));
    }

    [Fact]
    public void Early_month_is_a_range_with_modifier_start()
    {
        var time = Only("Talks will resume in early January.");
        Assert.Equal(("early January", "2026-01", "START"), (time.Text, time.Value, time.Modifier));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 10)), (time.From, time.Until));
    }

    [Fact]
    public void Since_bounds_the_date_from_below()
    {
        var time = Only("Prices have risen since 2022.");
        Assert.Equal(("2022", "2022", "ON_OR_AFTER"), (time.Text, time.Value, time.Modifier));
    }

    [Fact]
    public void In_a_month_looking_ahead_is_a_date() =>
        Assert.Equal(("DATE", "2026-01"), Only("The committee will report in a month.") is var t ? (t.Type, t.Value) : default);

    [Fact]
    public void In_a_month_told_in_the_past_is_a_duration() =>
        Assert.Equal(("DURATION", "P1M"), Only("The bridge was built in a month.") is var t ? (t.Type, t.Value) : default);

    [Fact]
    public void Clock_time_joins_the_day_next_to_it()
    {
        var time = Only("The call began at 1:00 p.m. today.");
        Assert.Equal(("1:00 p.m. today", "TIME", "2025-12-28T13:00"), (time.Text, time.Type, time.Value));
    }

    [Fact]
    public void Clock_time_before_a_weekday_takes_that_day() =>
        Assert.Equal("2025-12-26T15:00", Only("The vote was held at 3 p.m. on Friday.", Wednesday).Value);

    [Fact]
    public void Counted_periods_ago_are_dates_at_the_unit_granularity() =>
        Assert.Equal(("DATE", "2023"), Only("The pipeline opened two years ago.") is var t ? (t.Type, t.Value) : default);

    [Theory]
    [InlineData("The deal was signed in March.", "2025-03")]
    [InlineData("The summit will take place in March.", "2026-03")]
    public void Month_without_year_follows_the_tense(string text, string value) =>
        Assert.Equal(value, Only(text).Value);

    [Theory]
    [InlineData("The summit will, as agreed, open in March.", "2026-03")]
    [InlineData("The text, drafted in March, will be put to a vote.", "2025-03")]
    [InlineData("In March the summit will open.", "2026-03")]
    [InlineData("The unprecedentedlyoverengineeredandinterminablylongwindedlyrecommissionedandrenamed text in March will be debated.", "2025-03")]
    public void A_strong_cue_before_decides_then_the_nearest_cue_before_then_the_first_after(string text, string value) =>
        Assert.Equal(value, Only(text).Value);

    [Fact]
    public void Capitalized_may_starting_a_sentence_is_not_a_month() =>
        Assert.Empty(TimeRecognizer.Recognize("May I add one thing? It may rain.", Sunday));

    [Fact]
    public void Both_years_of_a_range_are_dates() =>
        Assert.Equal(["2009", "2010"], TimeRecognizer.Recognize("The outbreak of 2009-2010 was severe.", Sunday).Select(t => t.Value));

    [Fact]
    public void Ages_are_not_durations() =>
        Assert.DoesNotContain(TimeRecognizer.Recognize("A 22-year-old student and children 6 months and older.", Sunday), t => t.Type == "DURATION");

    [Fact]
    public void Part_of_the_current_year_told_in_the_past_is_last_year()
    {
        var time = Only("By the end of the year, sales had collapsed.", new DateOnly(2025, 2, 10));
        Assert.Equal(("2024", "END"), (time.Value, time.Modifier));
    }

    [Theory]
    [InlineData("The meeting lasted 1 hour and 15 minutes.", "1 hour and 15 minutes", "PT1H15M", 75.0)]
    [InlineData("The meeting lasted an hour and 15 minutes.", "an hour and 15 minutes", "PT1H15M", 75.0)]
    [InlineData("It was a two-hour meeting.", "two-hour", "PT2H", 120.0)]
    [InlineData("The meeting lasted two and a half hours.", "two and a half hours", "PT2H30M", 150.0)]
    [InlineData("It was a 90-minute meeting.", "90-minute", "PT90M", 90.0)]
    [InlineData("The meeting lasted half an hour.", "half an hour", "PT30M", 30.0)]
    [InlineData("The visit lasted three days.", "three days", "P3D", 4320.0)]
    [InlineData("A four-week closure begins.", "four-week", "P4W", 40320.0)]
    public void Durations_carry_their_minutes(string text, string expression, string value, double minutes)
    {
        var time = Only(text);
        Assert.Equal((expression, "DURATION", value, (double?)minutes), (time.Text, time.Type, time.Value, time.Minutes));
    }

    [Fact]
    public void Calendar_durations_have_no_fixed_minutes()
    {
        var time = Only("The strike went on for two years.");
        Assert.Equal(("P2Y", (double?)null), (time.Value, time.Minutes));
    }

    [Fact]
    public void Qualifier_of_a_duration_is_kept_as_modifier()
    {
        var time = Only("They talked for more than two hours.");
        Assert.Equal(("more than two hours", "PT2H", "MORE_THAN", (double?)120), (time.Text, time.Value, time.Modifier, time.Minutes));
    }

    [Fact]
    public void Vague_counts_are_written_with_x() =>
        Assert.Equal("PXD", Only("Rescuers searched for several days.").Value);

    [Theory]
    [InlineData("Volunteers come every week.", "P1W")]
    [InlineData("Volunteers come every single week.", "P1W")]
    [InlineData("Volunteers come every Monday.", "XXXX-WXX-1")]
    [InlineData("Volunteers come every morning.", "XXXX-XX-XXTMO")]
    [InlineData("Volunteers come daily.", "P1D")]
    public void Repetitions_are_sets(string text, string value)
    {
        var time = Only(text);
        Assert.Equal(("SET", value), (time.Type, time.Value));
    }

    [Theory]
    [InlineData("Inflation is now falling.", "PRESENT_REF")]
    [InlineData("Such talks failed in the past.", "PAST_REF")]
    [InlineData("Such talks may succeed in the future.", "FUTURE_REF")]
    public void Vague_references_are_ref_values(string text, string value) =>
        Assert.Equal(value, Only(text).Value);

    [Fact]
    public void Without_a_publication_date_relative_weekdays_stay_open() =>
        Assert.Equal("XXXX-WXX-5", TimeRecognizer.Recognize("They met on Friday.", null).Single().Value);

    [Fact]
    public void Without_a_publication_date_yesterday_is_an_unknown_day() =>
        Assert.Equal("XXXX-XX-XX", TimeRecognizer.Recognize("The envoy left yesterday.", null).Single().Value);

    [Theory]
    [InlineData("Families gathered at Christmas.", "2025-12-25")]
    [InlineData("The ceasefire may hold until New Year's Eve.", "2025-12-31")]
    [InlineData("The parade was held on Victory Day.", "2025-05-09")]
    public void Fixed_holidays_are_days_resolved_like_dates_without_a_year(string text, string value) =>
        Assert.Equal(value, Only(text).Value);

    [Theory]
    [InlineData("Protesters marched over the weekend.", "2025-W52-WE")]
    [InlineData("Protesters will march over the weekend.", "2026-W01-WE")]
    public void The_weekend_is_the_one_the_tense_points_at(string text, string value) =>
        Assert.Equal(value, Only(text, Wednesday).Value);

    [Fact]
    public void Clock_reading_with_seconds_is_a_race_time()
    {
        var time = Only("She finished the marathon in 3:07:35.");
        Assert.Equal(("DURATION", "PT3H7M35S"), (time.Type, time.Value));
    }

    [Fact]
    public void Periods_ago_beyond_the_calendar_are_dropped_not_thrown() =>
        Assert.DoesNotContain(TimeRecognizer.Recognize("Farming began 5,000 years ago; the rocks formed 900,000 years ago.", Sunday), t => t.Type == "DATE" && t.Value.StartsWith('-'));

    [Theory]
    [InlineData("Shelling resumed on Sunday night.", "2025-12-28TNI")]
    [InlineData("Shelling resumed last night.", "2025-12-27TNI")]
    [InlineData("Shelling resumed this morning.", "2025-12-28TMO")]
    [InlineData("Shelling resumed at ten o'clock.", "2025-12-28T10:00")]
    [InlineData("Shelling resumed at 0730 GMT.", "2025-12-28T07:30")]
    [InlineData("Shelling resumed at noon.", "2025-12-28T12:00")]
    public void Parts_of_days_and_clock_readings_are_times(string text, string value)
    {
        var time = Only(text);
        Assert.Equal(("TIME", value), (time.Type, time.Value));
    }

    [Fact]
    public void Abbreviation_stops_do_not_hide_the_tense_of_the_sentence() =>
        Assert.Equal("2026-01-02", Find("The U.S. envoy will land at 5 p.m. on Friday.", "5 p.m. on Friday", Wednesday).Value[..10]);

    [Fact]
    public void Earlier_this_year_ends_at_publication()
    {
        var time = Only("Prices rose earlier this year.");
        Assert.Equal(("2025", new DateOnly(2025, 1, 1), Sunday), (time.Value, time.From, time.Until));
    }

    [Fact]
    public void Late_on_a_weekday_keeps_the_part_as_modifier()
    {
        var time = Only("The convoy arrived late on Saturday.");
        Assert.Equal(("late on Saturday", "2025-12-27", "END"), (time.Text, time.Value, time.Modifier));
    }
}
