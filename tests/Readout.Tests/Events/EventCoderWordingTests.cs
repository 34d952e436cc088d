using Readout.Core;
using Readout.Events;
using Readout.Pipeline;
using Readout.Sentences;
using Readout.Times;
using Readout.Tokens;

namespace Readout.Tests.Events;

/// <summary>Quirks of news wording the event coder reads: spelling, names inside a pattern, adjectives, settings and nouns that name no event.</summary>
public class EventCoderWordingTests
{
    [Fact]
    public void A_verb_that_doubles_its_last_consonant_is_matched()
    {
        var events = Code("Gunmen kidnapped three aid workers near the dam.");

        Assert.Contains("COERCE", events.Select(e => e.Type));
    }

    [Fact]
    public void A_gap_in_a_pattern_may_skip_a_capitalized_word()
    {
        var events = Code("The navy lifted Monday the blockade of the harbour.");

        Assert.Equal(["RETREAT"], events.Select(e => e.Type));
    }

    [Fact]
    public void A_word_of_the_pattern_itself_stays_lower_case()
    {
        var lexicon = new EventLexicon([new EventPattern("PROTEST", ["block", "*", "bridge"], null, [], [])]);
        string[] words = ["they", "blocked", "the", "harbour", "bridge"];
        bool[] capitalized = [false, false, false, true, true];

        Assert.Empty(lexicon.Match(words, capitalized));
    }

    [Fact]
    public void A_participle_after_a_determiner_describes_people_and_is_no_event()
    {
        var events = Code("Army medics airlifted the wounded from the valley on Sunday.");

        Assert.DoesNotContain("ASSAULT", events.Select(e => e.Type));
    }

    [Fact]
    public void Permission_granted_is_a_concession()
    {
        var events = Code("The electoral board allowed the exiled opposition leader to stand in the vote.");

        Assert.Equal(["CONCEDE"], events.Select(e => e.Type));
    }

    [Fact]
    public void A_deed_someone_is_suspected_of_folds_into_the_main_event()
    {
        var events = Code("The government offered to hand over to the foreign delegation two men suspected by Western investigators of bombing a rail depot.");

        Assert.Equal(["AGREE"], events.Select(e => e.Type));
    }

    [Theory]
    [InlineData("The rebels threatened new attacks on the eve of a visit by the envoy.")]
    [InlineData("The rebels threatened new attacks ahead of a visit by the envoy.")]
    public void An_event_that_sets_the_time_folds_into_the_main_event(string sentence)
    {
        var events = Code(sentence);

        Assert.Equal(["THREATEN"], events.Select(e => e.Type));
    }

    [Theory]
    [InlineData("Coast guard patrol boats intercepted a fishing vessel.")]
    [InlineData("Two patrol officers questioned the driver.")]
    public void A_patrol_that_names_a_vehicle_or_an_officer_is_no_mobilization(string sentence)
    {
        var events = Code(sentence);

        Assert.DoesNotContain("MOBILIZE", events.Select(e => e.Type));
    }

    [Fact]
    public void A_pressure_group_is_no_request()
    {
        var events = Code("Farm pressure groups praised the new subsidy.");

        Assert.Equal(["SUPPORT"], events.Select(e => e.Type));
    }

    [Fact]
    public void Troops_arriving_somewhere_are_no_visit()
    {
        var events = Code("A second battalion of troops arrived in the port city on Monday.");

        Assert.DoesNotContain("CONSULT", events.Select(e => e.Type));
    }

    [Fact]
    public void A_leader_arriving_somewhere_is_a_visit()
    {
        var visit = Assert.Single(Code("The prime minister arrived in Lisbon on Monday."));

        Assert.Equal(("CONSULT", "visit"), (visit.Type, visit.Mode));
    }

    private static readonly AnalysisPipeline LayersBeforeEvents =
        new([new SentenceSplitter(), new Tokenizer(), new Readout.Entities.EntityRecognizer(), new Readout.Entities.ReferenceResolver(), new TimeAnnotator()], []);

    private static List<EventMention> Code(string text) =>
        [.. new EventCoder().Annotate(LayersBeforeEvents.AnalyzeDocument(new Article("test", text, "test"))).Require<EventLayer>().Events];
}
