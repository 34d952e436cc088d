using Readout.Alignment;
using Readout.Core;
using Readout.Pipeline;
using Readout.Reconcile;
using Readout.Stories;

namespace Readout.Tests.Reconcile;

/// <summary>
/// Which lengths and dates of an article become values of its event's slots: those of the event it
/// reports, not those of another encounter, a greeting or a quotation about something else.
/// </summary>
public class OwnEventTimesTests
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipeline.Standard();

    /// <summary>The articles analyzed as one story and reconciled.</summary>
    private static StoryEvent Reconcile(string published, params string[] texts)
    {
        var documents = texts.Select((text, i) => Pipeline.AnalyzeDocument(new Article($"a{i}", text, $"a{i}", Source: $"Outlet {i}", Published: published))).ToList();
        var story = new Story("s1", [.. documents.Select(d => d.Id)], null, null);
        var analysis = new Analysis([.. documents]).With(new StoryLayer([story])).With(new QuoteAlignmentLayer([]));
        return new StoryReconciler().Apply(analysis).Layer<ReconciledStoryLayer>()!.Stories.Single().Event!;
    }

    private static List<(int Minutes, string? Qualifier)> Durations(StoryEvent story) =>
        [.. story.Facts.Where(f => f.Slot == "duration_minutes").Select(f => (f.Value!.GetValue<int>(), f.Qualifier)).Order()];

    private static List<string> Dates(StoryEvent story) =>
        [.. story.Facts.Where(f => f.Slot == "date").Select(f => f.Value!.GetValue<string>()).Order(StringComparer.Ordinal)];

    [Fact]
    public void A_hedged_length_stays_hedged_on_the_fact_and_on_the_event()
    {
        var story = Reconcile("2026-03-11", "President Anna Berg held a phone call with President Ivo Dravic on Tuesday. The call lasted over two hours.");
        Assert.Equal([(120, "over")], Durations(story));
        Assert.Equal((120, "over"), (story.DurationMinutes, story.DurationQualifier));
    }

    [Fact]
    public void A_sentence_naming_the_call_back_gives_its_length()
    {
        var story = Reconcile(
            "2026-03-11",
            "President Anna Berg held a phone call with President Ivo Dravic on Tuesday. The two leaders discussed the river border. The call, which lasted just under two hours, was the first this year.");
        Assert.Equal([(120, "just under")], Durations(story));
    }

    [Fact]
    public void Leaders_who_talked_for_a_while_give_the_length_of_their_talks()
    {
        var story = Reconcile(
            "2026-03-11",
            "President Anna Berg met President Ivo Dravic in Tallinn on Tuesday. The two leaders talked behind closed doors for about 90 minutes.");
        Assert.Equal([(90, "about")], Durations(story));
    }

    [Fact]
    public void Start_and_end_times_after_the_report_give_the_length()
    {
        var story = Reconcile(
            "2026-03-11",
            "President Anna Berg held a phone call with President Ivo Dravic on Tuesday. It began at 10:00 and ended at 12:30, officials said.");
        Assert.Equal([(150, (string?)null)], Durations(story));
    }

    [Fact]
    public void The_length_of_an_earlier_meeting_is_no_competing_value()
    {
        var story = Reconcile(
            "2026-03-11",
            "President Anna Berg held a one-hour phone call with President Ivo Dravic on Tuesday, their first since a three-hour meeting in Riga.");
        Assert.Equal([(60, (string?)null)], Durations(story));
    }

    [Fact]
    public void The_length_of_a_call_on_another_date_is_no_competing_value()
    {
        var story = Reconcile(
            "2026-03-11",
            "President Anna Berg held a one-hour phone call with President Ivo Dravic on Tuesday. Prior to this, the two leaders held a 90-minute call on February 12.");
        Assert.Equal([(60, (string?)null)], Durations(story));
    }

    [Fact]
    public void The_length_of_other_leaders_talks_is_no_competing_value()
    {
        var story = Reconcile(
            "2026-03-11",
            "President Anna Berg held a one-hour phone call with President Ivo Dravic on Tuesday. Officials reported that President Lena Sorvik and Dravic talked for more than three hours.");
        Assert.Equal([(60, (string?)null)], Durations(story));
    }

    [Fact]
    public void Hedged_reports_back_the_exact_length_they_agree_with()
    {
        var story = Reconcile(
            "2026-03-11",
            "President Anna Berg held a phone call with President Ivo Dravic on Tuesday. The call lasted one hour and 50 minutes.",
            "President Anna Berg held a phone call with President Ivo Dravic on Tuesday. The call lasted nearly two hours.",
            "President Anna Berg held a phone call with President Ivo Dravic on Tuesday. The call lasted almost two hours.");
        Assert.Equal(110, story.DurationMinutes);

        // "nearly" and "almost" are one hedge (less than); a tie between their words goes to the first in ordinal order.
        Assert.Equal([(110, null), (120, "almost")], Durations(story));
    }

    [Fact]
    public void The_date_of_a_holiday_greeting_is_no_competing_event_date()
    {
        var story = Reconcile("2025-12-24", "President Anna Berg wished President Ivo Dravic a merry Christmas in a phone call on Tuesday.");
        Assert.Equal(["2025-12-23"], Dates(story));
    }

    [Fact]
    public void A_date_in_a_quotation_about_something_else_is_no_competing_event_date()
    {
        var story = Reconcile("2026-03-11", "“We will open the new bridge on April 20,” President Anna Berg said in a phone call with President Ivo Dravic on Tuesday.");
        Assert.Equal(["2026-03-10"], Dates(story));
    }
}
