using Readout.Core;
using Readout.Events;
using Readout.Pipeline;
using Readout.Stories;

namespace Readout.Tests.Events;

public sealed class ReportedEventFinderTests
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipeline.Standard();

    private static EventLayer Analyze(string text, string published) =>
        Pipeline.AnalyzeDocument(new Article("test", text, "test", Published: published)).Require<EventLayer>();

    [Fact]
    public void An_earlier_call_named_as_background_gives_neither_the_date_nor_is_it_the_reported_event()
    {
        var layer = Analyze(
            "President Anna Kowalczyk held a telephone conversation with President Bruno Lindqvist on Sunday. "
            + "The two leaders discussed the harbour dispute. "
            + "Prior to this, the two leaders held a 90-minute phone call on March 4.",
            "2025-03-17");

        Assert.Equal("2025-03-16", layer.Reported!.Date);
        Assert.True(layer.Reported.DateStated);
        var earlier = layer.Events.Single(e => e.Trigger == "phone call");
        Assert.True(earlier.Background);
        Assert.False(layer.Events.Single(e => e.Trigger == "telephone conversation").Background);
    }

    [Fact]
    public void A_date_that_only_bounds_the_event_does_not_date_it()
    {
        var layer = Analyze(
            "President Anna Kowalczyk held her first phone call with President Bruno Lindqvist since March 2. "
            + "The two leaders discussed the harbour dispute.",
            "2025-03-06");

        Assert.False(layer.Reported!.DateStated);
        Assert.Equal("2025-03-06", layer.Reported.Date);
    }

    [Fact]
    public void Talks_in_a_city_inside_a_report_of_a_call_are_background()
    {
        var layer = Analyze(
            "President Anna Kowalczyk held a phone call with President Bruno Lindqvist on Tuesday. "
            + "The call lasted an hour and touched on the harbour dispute. "
            + "Kowalczyk and Lindqvist spoke by phone about fishing quotas. "
            + "In January Kowalczyk and Lindqvist held five-hour talks in Varnholm.",
            "2025-03-12");

        Assert.Equal("phone", layer.Reported!.Setting);
        Assert.True(layer.Events.Single(e => e.Trigger == "held five-hour talks").Background);
    }

    [Fact]
    public void A_meeting_is_reported_in_person_and_a_call_by_phone()
    {
        var meeting = Analyze("President Anna Kowalczyk met President Bruno Lindqvist in Varnholm on Monday. The two leaders met for three hours.", "2025-03-11");
        var call = Analyze("President Anna Kowalczyk spoke by phone with President Bruno Lindqvist on Monday. The phone call lasted an hour.", "2025-03-11");

        Assert.Equal("in-person", meeting.Reported!.Setting);
        Assert.Equal("phone", call.Reported!.Setting);
    }

    [Fact]
    public void A_spokesman_who_briefs_on_the_call_is_not_a_participant()
    {
        var layer = Analyze(
            "President Anna Kowalczyk held a telephone conversation with President Bruno Lindqvist on Sunday, "
            + "spokesman Piet Vermeulen told reporters.",
            "2025-03-17");

        Assert.DoesNotContain("Piet Vermeulen", layer.Reported!.Participants);
        Assert.Contains("Anna Kowalczyk", layer.Reported.Participants);
        Assert.Contains("Bruno Lindqvist", layer.Reported.Participants);
    }

    [Fact]
    public void A_hotel_named_after_someone_is_not_a_participant()
    {
        var layer = Analyze(
            "Chancellor Anna Kowalczyk and President Bruno Lindqvist held talks at President Hallström's Hotel in Geneva on Friday.",
            "2025-03-15");

        Assert.DoesNotContain(layer.Reported!.Participants, name => name.Contains("Hallström", StringComparison.Ordinal));
        Assert.Equal(["Anna Kowalczyk", "Bruno Lindqvist"], layer.Reported.Participants.Where(name => name != "Geneva").Order(StringComparer.Ordinal));
    }
}
