using System.Text.Json.Nodes;
using Readout.Core;
using Readout.Pipeline;
using Readout.Reconcile;
using Readout.Stories;

namespace Readout.Tests.Reconcile;

/// <summary>Outcomes found by the whole pipeline in reports written for these tests.</summary>
public class OutcomeFinderTests
{
    private static List<Fact> Outcomes(params (string Id, string Source, string Text)[] reports)
    {
        var articles = reports.Select(r => new Article(r.Id, r.Text, r.Id, Source: r.Source, Published: "2024-03-13", Language: "en")).ToList();
        var analysis = AnalysisPipeline.Standard().Analyze(articles);
        var story = analysis.Layer<ReconciledStoryLayer>()!.Stories.Single(s => s.Story.Articles.Contains(reports[0].Id));
        return [.. story.Event!.Facts.Where(f => f.Slot == "outcome")];
    }

    private static string TextOf(Fact fact) => fact.Value!["text"]!.GetValue<string>();

    private const string Call = "French President Emmanuel Macron and German Chancellor Olaf Scholz spoke by phone on Tuesday, March 12. The call lasted an hour. ";

    [Fact]
    public void The_same_claim_in_two_wordings_is_one_fact_with_both_articles()
    {
        var outcomes = Outcomes(
            ("a", "Lake Post", Call + "The two leaders agreed to set up a joint commission on energy prices."),
            ("b", "Harbour Wire", Call + "Macron and Scholz agreed to create a joint energy price commission, the French presidency said."));

        var commission = Assert.Single(outcomes, f => TextOf(f).Contains("commission"));
        Assert.Equal(["a", "b"], commission.Articles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_opinion_about_prospects_is_not_an_outcome()
    {
        var outcomes = Outcomes(
            ("a", "Lake Post", Call + "The two leaders agreed to set up a joint commission on energy prices. Scholz praised the excellent prospects for an agreement on electricity tariffs."));

        Assert.Contains(outcomes, f => TextOf(f).Contains("commission"));
        Assert.DoesNotContain(outcomes, f => TextOf(f).Contains("tariffs"));
    }

    [Fact]
    public void An_agreement_of_another_day_told_as_background_is_not_an_outcome()
    {
        var outcomes = Outcomes(
            ("a", "Lake Post", Call + "The two leaders agreed to set up a joint commission on energy prices. On Monday, Scholz agreed with the Polish prime minister on a new rail link."));

        Assert.Contains(outcomes, f => TextOf(f).Contains("commission"));
        Assert.DoesNotContain(outcomes, f => TextOf(f).Contains("rail"));
    }

    [Fact]
    public void An_agreement_told_in_a_relative_clause_is_a_setting_not_an_outcome()
    {
        var outcomes = Outcomes(
            ("a", "Lake Post", Call + "It was their first call since the summit in Lisbon, where Germany agreed to a common debt fund."));

        Assert.DoesNotContain(outcomes, f => TextOf(f).Contains("debt"));
    }

    [Fact]
    public void A_claim_whose_only_party_is_a_pronoun_is_not_an_outcome()
    {
        var outcomes = Outcomes(
            ("a", "Lake Post", Call + "The two leaders agreed to set up a joint commission on energy prices. It is in that spirit that he accepted the offer."));

        Assert.DoesNotContain(outcomes, f => TextOf(f).Contains("spirit"));
    }

    [Fact]
    public void A_step_scheduled_for_after_the_event_is_an_outcome_and_a_heading_is_not()
    {
        var outcomes = Outcomes(
            ("a", "Lake Post", Call + "Energy commission\n\n\"The commission will hold its first session in early April,\" government spokesman Steffen Hebestreit said."));

        var step = Assert.Single(outcomes);
        Assert.Contains("early April", TextOf(step));
    }

    [Fact]
    public void Sentences_with_nothing_settled_give_no_outcome()
    {
        Assert.Empty(Outcomes(("a", "Lake Post", Call + "Macron said the European economy must become more competitive.")));
    }

    [Fact]
    public void A_stated_readiness_is_a_position_not_an_outcome()
    {
        var outcomes = Outcomes(
            ("a", "Lake Post", Call + "Scholz said Germany was ready to consider a new gas agreement with France."));

        Assert.Empty(outcomes);
    }

    [Fact]
    public void An_article_telling_one_agreement_to_keep_talking_twice_gives_one_fact()
    {
        const string second = "A spokesman said the two leaders agreed that they would call each other as needed.";
        var outcomes = Outcomes(("a", "Lake Post", Call + "The two leaders agreed to maintain dialogue on energy. " + second));

        Assert.Single(Outcomes(("a", "Lake Post", Call + second)));
        Assert.Single(outcomes);
    }

    [Fact]
    public void Two_different_claims_stay_two_facts()
    {
        var outcomes = Outcomes(
            ("a", "Lake Post", Call + "The two leaders agreed to set up a joint commission on energy prices. Macron and Scholz also agreed to speak again before the summit in Brussels."));

        Assert.Equal(2, outcomes.Count);
        Assert.All(outcomes, f => Assert.IsType<JsonObject>(f.Value));
    }
}
