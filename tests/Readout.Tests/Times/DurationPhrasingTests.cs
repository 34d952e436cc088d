using Readout.Stories;
using Readout.Times;

namespace Readout.Tests.Times;

/// <summary>Lengths of time as reports write them, each with the hedge they put on it.</summary>
public class DurationPhrasingTests
{
    private static readonly DateOnly Published = new(2026, 3, 10);

    private static TimeExpression Duration(string text, string expression)
    {
        var times = TimeRecognizer.Recognize(text, Published);
        var found = times.FirstOrDefault(t => t.Text == expression);
        Assert.True(found is not null, $"\"{expression}\" not found in \"{text}\", got: {string.Join("; ", times.Select(t => $"{t.Text}={t.Value}"))}");
        Assert.Equal("DURATION", found.Type);
        return found;
    }

    [Theory]
    [InlineData("The envoys talked for 2 1/2 hours in the old palace.", "2 1/2 hours", "PT2H30M", 150.0)]
    [InlineData("The envoys talked for 2½ hours in the old palace.", "2½ hours", "PT2H30M", 150.0)]
    [InlineData("The envoys talked for two and a half hours in the old palace.", "two and a half hours", "PT2H30M", 150.0)]
    [InlineData("The envoys held an hourlong meeting in the old palace.", "hourlong", "PT1H", 60.0)]
    [InlineData("The envoys held an hour-long meeting in the old palace.", "hour-long", "PT1H", 60.0)]
    [InlineData("The envoys held a 90-minute meeting in the old palace.", "90-minute", "PT90M", 90.0)]
    [InlineData("The envoys talked for an hour and a half in the old palace.", "an hour and a half", "PT1H30M", 90.0)]
    public void Lengths_written_in_words_digits_and_fractions_carry_their_minutes(string text, string expression, string value, double minutes)
    {
        var time = Duration(text, expression);
        Assert.Equal((value, (double?)minutes, (string?)null), (time.Value, time.Minutes, time.Hedge));
    }

    [Theory]
    [InlineData("The ministers met for over two hours at the border post.", "over two hours", "MORE_THAN", "over", 120.0)]
    [InlineData("The ministers met for more than two hours at the border post.", "more than two hours", "MORE_THAN", "more than", 120.0)]
    [InlineData("The ministers met for a little more than an hour at the border post.", "a little more than an hour", "MORE_THAN", "a little more than", 60.0)]
    [InlineData("The ministers met for about two hours at the border post.", "about two hours", "APPROX", "about", 120.0)]
    [InlineData("The ministers met for roughly two hours at the border post.", "roughly two hours", "APPROX", "roughly", 120.0)]
    [InlineData("The ministers met for nearly two hours at the border post.", "nearly two hours", "LESS_THAN", "nearly", 120.0)]
    [InlineData("The ministers met for almost two hours at the border post.", "almost two hours", "LESS_THAN", "almost", 120.0)]
    [InlineData("The ministers met for just under two hours at the border post.", "just under two hours", "LESS_THAN", "just under", 120.0)]
    public void A_hedged_length_keeps_its_hedge_beside_the_amount(string text, string expression, string modifier, string hedge, double minutes)
    {
        var time = Duration(text, expression);
        Assert.Equal(("PT" + (minutes / 60) + "H", modifier, hedge, (double?)minutes), (time.Value, time.Modifier, time.Hedge, time.Minutes));
    }

    [Theory]
    [InlineData("The session began at 10:00 and ended at 12:30.", 150.0)]
    [InlineData("Talks ran from 9 a.m. to 11:15 a.m. in the annex.", 135.0)]
    [InlineData("The vigil started at 11:30 p.m. and ended at 1:00 a.m.", 90.0)]
    public void Start_and_end_times_give_the_length_between_them(string text, double minutes)
    {
        var lengths = StatedLength.In(text, 0, text.Length, TimeRecognizer.Recognize(text, Published));
        Assert.Equal([minutes], lengths.Select(l => l.Minutes));
    }

    [Fact]
    public void Two_clock_times_without_start_and_end_words_state_no_length()
    {
        const string text = "Flights left at 10:00 and at 12:30.";
        Assert.Empty(StatedLength.In(text, 0, text.Length, TimeRecognizer.Recognize(text, Published)));
    }
}
