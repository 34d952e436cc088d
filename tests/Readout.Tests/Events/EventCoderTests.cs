using Readout.Core;
using Readout.Entities;
using Readout.Events;
using Readout.Pipeline;
using Readout.Sentences;
using Readout.Stories;
using Readout.Times;
using Readout.Tokens;

namespace Readout.Tests.Events;

public class EventCoderTests
{
    [Theory]
    [InlineData("The two governments agreed on a new fisheries arrangement on Monday.", "AGREE")]
    [InlineData("The Finnish foreign minister held talks with her Kenyan counterpart.", "CONSULT")]
    [InlineData("The union praised the court's ruling on wages.", "SUPPORT")]
    [InlineData("The governor lifted the night curfew in the northern districts.", "CONCEDE")]
    [InlineData("Police in both countries shared intelligence on the smuggling ring.", "COOPERATE")]
    [InlineData("The charity donated blankets and medicine to flood victims.", "AID")]
    [InlineData("The rebels declared a ceasefire on Sunday.", "RETREAT")]
    [InlineData("Farmers demanded lower fuel prices.", "REQUEST")]
    [InlineData("The opposition accused the minister of misleading parliament.", "ACCUSE")]
    [InlineData("The council rejected the developer's proposal.", "REJECT")]
    [InlineData("The dockers threatened to strike next month.", "THREATEN")]
    [InlineData("Thousands of students demonstrated outside the ministry.", "PROTEST")]
    [InlineData("The bloc imposed sanctions on three shipping firms.", "SANCTION")]
    [InlineData("The army deployed two brigades to the border.", "MOBILIZE")]
    [InlineData("The regional authority banned public gatherings.", "COERCE")]
    [InlineData("Gunmen attacked a police station overnight, killing four officers.", "ASSAULT")]
    public void Codes_one_event_of_each_type(string sentence, string type)
    {
        var events = Code(sentence);

        Assert.Equal([type], events.Select(e => e.Type));
    }

    [Theory]
    [InlineData("Chancellor Weber telephoned President Okafor on Friday.", "phone")]
    [InlineData("The Finnish foreign minister visited Nairobi last week.", "visit")]
    [InlineData("Leaders of twelve nations gathered for a summit in Lisbon.", "multilateral")]
    [InlineData("Qatari envoys mediated between the rival militias on Tuesday.", "third-party")]
    public void Codes_the_consult_modes(string sentence, string mode)
    {
        var consult = Assert.Single(Code(sentence));

        Assert.Equal(("CONSULT", mode), (consult.Type, consult.Mode));
    }

    [Fact]
    public void A_head_without_a_mode_takes_the_mode_of_a_folded_mention_of_its_type()
    {
        var talks = Assert.Single(Code("The envoys convened over a long phone call."));

        Assert.Equal(("CONSULT", "phone"), (talks.Type, talks.Mode));
    }

    [Fact]
    public void The_caller_initiates_a_call_and_the_callee_receives_it()
    {
        var call = Assert.Single(Code("Chancellor Weber called Okafor on Friday."));

        Assert.Equal("phone", call.Mode);
        Assert.Equal(["Weber"], call.Actors.ToArray());
        Assert.Equal(["Okafor"], call.Recipients.ToArray());
        Assert.Equal("Weber", call.Initiator);
    }

    [Fact]
    public void A_compound_actor_stays_one_event()
    {
        var call = Assert.Single(Code("Putin and Trump held a phone call on Sunday."));

        Assert.Equal(("CONSULT", "phone"), (call.Type, call.Mode));
        Assert.Equal(["Vladimir Putin", "Donald Trump"], call.Actors.ToArray());
    }

    [Fact]
    public void The_names_after_between_are_all_actors()
    {
        const string text = "Reuters described the talks between Macron and Scholz as tense.";
        var entities = new EntityLayer([Entity("e1", "Macron", Mention(text, "Macron")), Entity("e2", "Scholz", Mention(text, "Scholz"))]);

        var talks = Assert.Single(Analyze(text, d => d.With(entities)).Require<EventLayer>().Events);

        Assert.Equal(["Macron", "Scholz"], talks.Actors.ToArray());
        Assert.Empty(talks.Recipients);
    }

    [Fact]
    public void A_passive_trigger_takes_its_actor_from_the_by_phrase()
    {
        const string text = "A convoy near Herat was attacked by Taliban fighters.";
        var entities = new EntityLayer(
        [
            Entity("e1", "Herat", Mention(text, "Herat")) with { Type = EntityType.Place },
            Entity("e2", "Taliban", Mention(text, "Taliban")) with { Type = EntityType.Organization },
        ]);

        var attack = Assert.Single(Analyze(text, d => d.With(entities)).Require<EventLayer>().Events);

        Assert.Equal("ASSAULT", attack.Type);
        Assert.Equal(["Taliban"], attack.Actors.ToArray());
        Assert.Equal(["Herat"], attack.Recipients.ToArray());
    }

    [Fact]
    public void Negation_marks_the_event_negated()
    {
        var meeting = Assert.Single(Code("The ministers did not meet on Thursday."));

        Assert.Equal(("CONSULT", "negated"), (meeting.Type, meeting.Modality));
    }

    [Fact]
    public void A_conditional_marks_the_event_hypothetical()
    {
        var attack = Assert.Single(Code("If the talks collapse, the rebels could attack the capital."));

        Assert.Equal(("ASSAULT", "hypothetical"), (attack.Type, attack.Modality));
        Assert.Contains(attack.Embedded!.Value, e => e.Type == "CONSULT");
    }

    [Fact]
    public void A_planned_meeting_is_future_not_a_meeting_that_happened()
    {
        var meeting = Assert.Single(Code("The planned meeting of the envoys drew little attention."));

        Assert.Equal(("CONSULT", "future"), (meeting.Type, meeting.Modality));
    }

    [Theory]
    [InlineData("Talks planned for May were announced by the ministry.", "future")]
    [InlineData("A meeting between the envoys could take place in Geneva.", "hypothetical")]
    [InlineData("The talks ended ahead of the planned summit.", "asserted")]
    public void Cues_after_the_trigger_set_its_modality(string sentence, string modality)
    {
        var first = Code(sentence)[0];

        Assert.Equal(("CONSULT", modality), (first.Type, first.Modality));
    }

    [Fact]
    public void Agreeing_to_speak_again_is_an_agreement_holding_a_future_talk()
    {
        var agreement = Assert.Single(Code("Both leaders agreed to speak again soon."));

        Assert.Equal(("AGREE", "asserted"), (agreement.Type, agreement.Modality));
        var talk = Assert.Single(agreement.Embedded!.Value);
        Assert.Equal(("CONSULT", "future"), (talk.Type, talk.Modality));
    }

    [Fact]
    public void Refusing_to_meet_is_a_rejection_of_a_negated_meeting()
    {
        var refusal = Assert.Single(Code("The premier refused to meet the visiting delegation."));

        Assert.Equal("REJECT", refusal.Type);
        var meeting = Assert.Single(refusal.Embedded!.Value);
        Assert.Equal(("CONSULT", "negated"), (meeting.Type, meeting.Modality));
    }

    [Theory]
    [InlineData("The foreign minister will visit Hanoi in June.", "AGREE", "CONSULT", "future")]
    [InlineData("The rebels said they would shell the airport.", "THREATEN", "ASSAULT", "hypothetical")]
    [InlineData("The firm will suspend deliveries unless the debt is paid.", "THREATEN", "SANCTION", "future")]
    [InlineData("The ministry said it will not lift the curfew.", "REJECT", "CONCEDE", "negated")]
    public void A_stated_intention_is_a_promise_threat_or_refusal_holding_the_announced_event(string sentence, string type, string announced, string modality)
    {
        var statement = Assert.Single(Code(sentence));

        Assert.Equal(type, statement.Type);
        var inner = Assert.Single(statement.Embedded!.Value);
        Assert.Equal((announced, modality), (inner.Type, inner.Modality));
    }

    [Fact]
    public void A_readiness_to_use_force_is_a_threat()
    {
        var statement = Assert.Single(Code("The junta is ready to impose martial law."));

        Assert.Equal("THREATEN", statement.Type);
    }

    [Fact]
    public void A_cause_in_an_adjunct_is_folded_into_the_main_event()
    {
        var agreement = Assert.Single(Code("Both sides agreed to a truce after two days of heavy fighting."));

        Assert.Equal("AGREE", agreement.Type);
        Assert.Contains(agreement.Embedded!.Value, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_relative_clause_and_a_reporting_clause_add_no_event()
    {
        var events = Code("Villagers, who had fled the shelling, demonstrated on Monday, relief workers said.");

        Assert.Equal(["PROTEST"], events.Select(e => e.Type));
    }

    [Fact]
    public void A_noun_qualifying_the_next_trigger_is_folded_into_it()
    {
        var talks = Assert.Single(Code("The ceasefire negotiations are expected to resume in Doha."));

        Assert.Equal(("CONSULT", "future"), (talks.Type, talks.Modality));
        var ceasefire = Assert.Single(talks.Embedded!.Value);
        Assert.Equal(("RETREAT", "future"), (ceasefire.Type, ceasefire.Modality));
    }

    [Fact]
    public void What_follows_a_comma_led_report_is_content_not_source()
    {
        var events = Code("Meanwhile, Merz said the phone call went well, and that both sides would soon start negotiations.");

        Assert.Contains(events, e => e.Type == "CONSULT" && e.Mode == "phone" && e.Trigger == "phone call");
    }

    [Fact]
    public void A_capitalized_word_is_a_name_not_a_trigger()
    {
        Assert.Empty(Code("The Peace March committee published its accounts."));
    }

    [Fact]
    public void Offsets_point_at_the_trigger_in_the_cleaned_text()
    {
        var document = Analyze("Farmers demanded lower fuel prices.");
        var mention = Assert.Single(document.Require<EventLayer>().Events);

        Assert.Equal("demanded", document.Text[mention.Start..mention.End]);
        Assert.Equal(mention.Trigger, document.Text[mention.Start..mention.End]);
    }

    [Fact]
    public void Resolved_entities_name_the_parties_and_the_initiator()
    {
        const string text = "Ushakov said the conversation was initiated by the US president.";
        var entities = new EntityLayer(
        [
            Entity("e1", "Yury Ushakov", Mention(text, "Ushakov")),
            Entity("e2", "Donald Trump", Mention(text, "the US president")),
        ]);

        var conversation = Assert.Single(Analyze(text, d => d.With(entities)).Require<EventLayer>().Events);

        Assert.Equal("Donald Trump", conversation.Initiator);
    }

    [Fact]
    public void A_title_before_a_name_stands_for_the_named_person()
    {
        const string text = "U.S. President Donald Trump called Vladimir Putin on Sunday.";
        var entities = new EntityLayer(
        [
            Entity("e1", "United States", Mention(text, "U.S.")),
            Entity("e2", "Donald Trump", Mention(text, "U.S. President"), Mention(text, "Donald Trump")),
            Entity("e3", "Vladimir Putin", Mention(text, "Vladimir Putin")),
        ]);

        var call = Assert.Single(Analyze(text, d => d.With(entities)).Require<EventLayer>().Events);

        Assert.Equal(["Donald Trump"], call.Actors.ToArray());
        Assert.Equal(["Vladimir Putin"], call.Recipients.ToArray());
        Assert.Equal("Donald Trump", call.Initiator);
    }

    [Fact]
    public void The_speaker_of_a_report_is_not_a_party()
    {
        var meeting = Assert.Single(Code("Ushakov said the envoys met in Oslo."));

        Assert.Empty(meeting.Actors);
        Assert.Equal("Oslo", meeting.Place);
    }

    [Fact]
    public void A_source_named_with_according_to_is_not_a_party()
    {
        var call = Assert.Single(Code("According to Ushakov, the phone call lasted an hour."));

        Assert.Empty(call.Actors);
    }

    [Fact]
    public void The_owner_of_the_initiative_initiated_the_talk()
    {
        var conversation = Assert.Single(Code("The conversation took place at Macron's initiative."));

        Assert.Equal("Emmanuel Macron", conversation.Initiator);
    }

    [Fact]
    public void Recipients_stop_at_the_next_trigger()
    {
        var call = Code("Merz called Meloni on Monday to discuss aid for Kyiv.")[0];

        Assert.Equal(["Giorgia Meloni"], call.Recipients.ToArray());
    }

    [Fact]
    public void A_group_mention_gives_every_member_as_actor()
    {
        const string text = "The two presidents agreed to speak again.";
        var group = Mention(text, "The two presidents");
        var entities = new EntityLayer([Entity("e1", "Vladimir Putin", group), Entity("e2", "Donald Trump", group)]);

        var agreement = Assert.Single(Analyze(text, d => d.With(entities)).Require<EventLayer>().Events);

        Assert.Equal(["Vladimir Putin", "Donald Trump"], agreement.Actors.ToArray());
    }

    [Fact]
    public void Date_and_duration_come_from_the_time_expressions_of_the_sentence()
    {
        const string text = "On Sunday the presidents spoke by phone for 75 minutes.";
        var times = new TimeLayer(
        [
            Time(text, "On Sunday", "DATE", "2025-12-28"),
            Time(text, "75 minutes", "DURATION", "PT1H15M", 75),
        ]);

        var call = Assert.Single(Analyze(text, d => d.With(times)).Require<EventLayer>().Events);

        Assert.Equal(("CONSULT", "phone"), (call.Type, call.Mode));
        Assert.Equal("2025-12-28", call.Date);
        Assert.Equal(75, call.DurationMinutes);
    }

    [Fact]
    public void The_place_follows_a_place_preposition()
    {
        var summit = Assert.Single(Code("The ministers met in Vilnius on Tuesday."));

        Assert.Equal("Vilnius", summit.Place);
    }

    private static List<EventMention> Code(string text) => [.. Analyze(text).Require<EventLayer>().Events];

    private static readonly AnalysisPipeline LayersBeforeEvents =
        new([new SentenceSplitter(), new Tokenizer(), new EntityRecognizer(), new ReferenceResolver(), new TimeAnnotator()], []);

    /// <summary>Runs the layers the event coder reads, lets a test replace some of them, then codes events.</summary>
    private static Document Analyze(string text, Func<Document, Document>? replaceLayers = null)
    {
        var document = LayersBeforeEvents.AnalyzeDocument(new Article("test", text, "test"));
        return new EventCoder().Annotate(replaceLayers is null ? document : replaceLayers(document));
    }

    private static Entity Entity(string id, string name, params Readout.Entities.Mention[] mentions) =>
        new(id, name, EntityType.Person, null, null, null, false, [], [.. mentions]);

    private static Readout.Entities.Mention Mention(string text, string phrase)
    {
        var start = text.IndexOf(phrase, StringComparison.Ordinal);
        return new Readout.Entities.Mention(start, start + phrase.Length, phrase, MentionKind.Name);
    }

    private static TimeExpression Time(string text, string phrase, string type, string value, double? minutes = null)
    {
        var start = text.IndexOf(phrase, StringComparison.Ordinal);
        return new TimeExpression(start, start + phrase.Length, phrase, type, value, Minutes: minutes);
    }
}
