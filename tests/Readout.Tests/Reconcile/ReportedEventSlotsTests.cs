using Readout.Core;
using Readout.Pipeline;
using Readout.Reconcile;
using Readout.Stories;

namespace Readout.Tests.Reconcile;

public sealed class ReportedEventSlotsTests
{
    private static StoryEvent Reconcile(params string[] texts) =>
        AnalysisPipeline.Standard()
            .Analyze(texts.Select((text, i) => new Article($"a{i}", text, "test", Source: $"outlet{i}", Published: "2025-03-12")))
            .Layer<ReconciledStoryLayer>()!.Stories.Single().Event!;

    [Fact]
    public void A_meeting_in_person_is_a_visit_and_its_date_is_the_reported_one_not_an_earlier_calls()
    {
        var story = Reconcile(
            "President Anna Kowalczyk met President Bruno Lindqvist on Tuesday. The two leaders met for three hours. Previously, Kowalczyk and Lindqvist held a phone call on March 2.",
            "Anna Kowalczyk and Bruno Lindqvist met on Tuesday for three hours of talks.");

        Assert.Equal("CONSULT", story.Type);
        Assert.Equal("visit", story.Mode);
        Assert.Equal("2025-03-11", story.Date);
    }

    [Fact]
    public void A_call_is_coded_by_phone_even_when_the_reports_name_a_planned_visit()
    {
        var story = Reconcile(
            "President Anna Kowalczyk held a phone call with President Bruno Lindqvist on Tuesday. The leaders agreed on a visit by Lindqvist in May.",
            "Anna Kowalczyk and Bruno Lindqvist spoke by phone on Tuesday.");

        Assert.Equal("phone", story.Mode);
        Assert.Equal("2025-03-11", story.Date);
    }
}
