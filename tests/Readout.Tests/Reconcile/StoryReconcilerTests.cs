using Readout.Alignment;
using Readout.Core;
using Readout.Entities;
using Readout.Events;
using Readout.Pipeline;
using Readout.Quotes;
using Readout.Reconcile;
using Readout.Sentences;
using Readout.Stories;
using Readout.Times;

namespace Readout.Tests.Reconcile;

public class StoryReconcilerTests
{
    /// <summary>A document with hand-made layers: one call event per article plus what the test adds.</summary>
    private sealed class DocBuilder(string id, string text, string source, string? published = "2026-03-10", string? cites = null)
    {
        private readonly List<EventMention> events = [];
        private readonly List<TimeExpression> times = [];
        private readonly List<Quotation> quotes = [];

        public DocBuilder Event(string trigger, string type, string? mode = "phone", string? date = null, string? initiator = null, string modality = "asserted", params string[] actors)
        {
            var start = text.IndexOf(trigger, StringComparison.Ordinal);
            events.Add(new EventMention(start, start + trigger.Length, type, mode, [.. actors], [], date, Initiator: initiator, Modality: modality, Trigger: trigger));
            return this;
        }

        public DocBuilder Duration(string phrase, string iso, double minutes)
        {
            var start = text.IndexOf(phrase, StringComparison.Ordinal);
            times.Add(new TimeExpression(start, start + phrase.Length, phrase, "DURATION", iso, Minutes: minutes));
            return this;
        }

        public DocBuilder Quote(string quoted, string speaker, string? reportedBy = null)
        {
            var start = text.IndexOf(quoted, StringComparison.Ordinal);
            quotes.Add(new Quotation(start, start + quoted.Length, quoted, speaker, false, reportedBy));
            return this;
        }

        /// <summary>Each party of the events as a person, mentioned (as a group stands for them) where the event is.</summary>
        private IEnumerable<Entity> People() =>
            events.SelectMany(e => e.Actors.Concat(e.Recipients).Select(name => (Name: name, Event: e)))
                .GroupBy(pair => pair.Name, StringComparer.Ordinal)
                .Select(group => new Entity(
                    group.Key, group.Key, EntityType.Person, null, null, null, false, [],
                    [.. group.Select(pair => new Mention(pair.Event.Start, pair.Event.End, pair.Event.Trigger!, MentionKind.Group))]));

        public Document Build() =>
            AnalysisPipeline.Prepare(new Article(id, text, id, Source: source, Published: published, CitedSource: cites))
                .With(new SentenceLayer(SentenceSplitter.Split(text)))
                .With(new EntityLayer([.. People()]))
                .With(new ReferenceLayer([]))
                .With(new EventLayer([.. events]))
                .With(new TimeLayer([.. times]))
                .With(new QuoteLayer([.. quotes]));
    }

    private static StoryEvent ReconcileOne(params Document[] documents)
    {
        var story = new Story("s1", [.. documents.Select(d => d.Id)], null);
        var analysis = new Analysis([.. documents]).With(new StoryLayer([story])).With(new QuoteAlignmentLayer([]));
        return new StoryReconciler().Apply(analysis).Require<ReconciledStoryLayer>().Stories.Single().Event!;
    }

    [Fact]
    public void A_disputed_duration_keeps_every_value_and_chooses_the_best_supported()
    {
        const string a = "The presidents held a two-hour phone call on Tuesday.";
        const string b = "The presidents held a two-hour phone call. \"We talked for almost three hours,\" Dravic said.";
        var story = ReconcileOne(
            new DocBuilder("a", a, "Harbour Wire").Event("phone call", "CONSULT", actors: ["Anna Berg", "Ivo Dravic"]).Duration("two-hour", "PT2H", 120).Build(),
            new DocBuilder("b", b, "Lake Post").Event("phone call", "CONSULT", actors: ["Anna Berg", "Ivo Dravic"]).Duration("two-hour", "PT2H", 120)
                .Event("talked", "CONSULT", actors: ["Ivo Dravic"]).Duration("almost three hours", "PT3H", 180).Quote("We talked for almost three hours,", "Ivo Dravic").Build());

        Assert.Equal(120, story.DurationMinutes);
        var durations = story.Facts.Where(f => f.Slot == "duration_minutes").ToList();
        Assert.Equal([120, 180], durations.Select(f => f.Value!.GetValue<int>()).Order());
        var disputed = durations.Single(f => f.Value!.GetValue<int>() == 180);
        Assert.False(disputed.Chosen);
        Assert.Contains("Ivo Dravic (via Lake Post)", disputed.Sources);
        Assert.StartsWith("disputed", disputed.Why);
    }

    [Fact]
    public void Articles_relaying_one_briefing_count_as_one_independent_source()
    {
        const string q1 = "It was a frank and businesslike talk about the river border and the customs posts,";
        const string q2 = "We agreed that our ministers will continue the work on the commission before the autumn,";
        const string a = "Aide Timur Belov said the call lasted 90 minutes. \"" + q1 + "\" Belov said. \"" + q2 + "\" he added.";
        const string b = "The call lasted 90 minutes, according to Belov. \"" + q1 + "\" he said. \"" + q2 + "\" Belov added.";
        var story = ReconcileOne(
            new DocBuilder("a", a, "Harbour Wire").Event("call", "CONSULT").Duration("90 minutes", "PT90M", 90).Quote(q1, "Timur Belov").Quote(q2, "Timur Belov").Build(),
            new DocBuilder("b", b, "Lake Post").Event("call", "CONSULT").Duration("90 minutes", "PT90M", 90).Quote(q1, "Timur Belov").Quote(q2, "Timur Belov").Build());

        var duration = story.Facts.Single(f => f.Slot == "duration_minutes");
        Assert.Equal(2, duration.Articles.Length);
        Assert.Equal(1, duration.IndependentSources);
    }

    [Fact]
    public void The_person_behind_most_quoted_words_is_the_primary_source()
    {
        const string statement = "The commission will resume its work in September and report to both presidents by the end of the year, without any preconditions from either side of the river.";
        var document = new DocBuilder("a", "\"" + statement + "\" Belov said. \"Good,\" Berg replied.", "Harbour Wire")
            .Quote(statement, "Timur Belov").Quote("Good,", "Anna Berg").Build();

        Assert.Equal("Timur Belov", ProvenanceFinder.PrimarySource(document));
    }

    [Fact]
    public void An_article_with_little_quoted_has_no_primary_source()
    {
        var document = new DocBuilder("a", "The talks were \"useful,\" Belov said.", "Harbour Wire").Quote("useful,", "Timur Belov").Build();

        Assert.Null(ProvenanceFinder.PrimarySource(document));
    }

    [Fact]
    public void An_article_citing_another_outlet_in_the_story_is_not_independent_of_it()
    {
        const string a = "The presidents spoke by phone for 90 minutes.";
        const string b = "The presidents spoke by phone for 90 minutes, Lake Post reports, citing Harbour Wire.";
        var documents = new[]
        {
            new DocBuilder("a", a, "Harbour Wire").Event("spoke by phone", "CONSULT").Duration("90 minutes", "PT90M", 90).Build(),
            new DocBuilder("b", b, "Lake Post", cites: "Harbour Wire").Event("spoke by phone", "CONSULT").Duration("90 minutes", "PT90M", 90).Build(),
        };

        var provenance = ProvenanceFinder.Find(documents);

        Assert.Contains(provenance.Links, l => l is { Article: "b", Other: "a", Kind: RetellingKind.Cites });
        Assert.Equal(1, provenance.IndependentSources(["a", "b"]));
    }

    [Fact]
    public void Quoting_words_another_article_states_itself_links_the_two()
    {
        var documents = new[]
        {
            new DocBuilder("t", "Aide Timur Belov: the sides agreed to restart the border commission.", "Presidential Press Service").Build(),
            new DocBuilder("r", "The sides \"agreed to restart the border commission\", the aide said.", "Lake Post").Build(),
        };
        var alignment = new QuoteAlignmentLayer(
        [
            new QuoteGroup("q1", "Timur Belov",
            [
                new QuoteVariant("t", "Presidential Press Service", 18, 68, "the sides agreed to restart the border commission.", "Timur Belov", Quoted: false),
                new QuoteVariant("r", "Lake Post", 11, 48, "agreed to restart the border commission", "Timur Belov", Quoted: true),
            ]),
        ]);

        var provenance = ProvenanceFinder.Find(documents, alignment);

        Assert.Contains(provenance.Links, l => l.Kind == RetellingKind.SharedQuotes);
        Assert.Equal(1, provenance.IndependentSources(["t", "r"]));
    }

    [Fact]
    public void One_quotation_both_articles_took_from_elsewhere_does_not_link_them()
    {
        var documents = new[]
        {
            new DocBuilder("a", "\"We are close,\" Berg told reporters after the talks in the capital.", "Harbour Wire").Build(),
            new DocBuilder("b", "Fishing quotas dominated the day. \"We are close,\" Berg said.", "Lake Post").Build(),
        };
        var alignment = new QuoteAlignmentLayer(
        [
            new QuoteGroup("q1", "Anna Berg",
            [
                new QuoteVariant("a", "Harbour Wire", 1, 13, "We are close,", "Anna Berg", Quoted: true),
                new QuoteVariant("b", "Lake Post", 35, 47, "We are close,", "Anna Berg", Quoted: true),
            ]),
        ]);

        Assert.Equal(2, ProvenanceFinder.Find(documents, alignment).IndependentSources(["a", "b"]));
    }

    [Fact]
    public void Independent_reports_stay_independent()
    {
        var documents = new[]
        {
            new DocBuilder("a", "Fishing boats returned to the harbour after a storm closed the port for two days.", "Harbour Wire").Build(),
            new DocBuilder("b", "Ministers from both countries signed a customs agreement in the capital on Friday.", "Lake Post").Build(),
        };

        Assert.Equal(2, ProvenanceFinder.Find(documents).IndependentSources(["a", "b"]));
    }

    [Fact]
    public void Near_duplicate_texts_are_linked()
    {
        const string shared = "The foreign ministers agreed on Thursday to restart work on marking the disputed border after four hours of talks in the capital.";
        var documents = new[]
        {
            new DocBuilder("a", shared + " Both sides called the meeting useful.", "Harbour Wire").Build(),
            new DocBuilder("b", "VIENNA - " + shared, "Lake Post").Build(),
        };

        Assert.Contains(ProvenanceFinder.Find(documents).Links, l => l.Kind == RetellingKind.NearDuplicate);
    }

    [Fact]
    public void Date_initiator_and_participants_come_from_the_articles()
    {
        const string a = "President Anna Berg called President Ivo Dravic on Tuesday.";
        const string b = "Berg and Dravic spoke by phone on Tuesday at Berg's initiative.";
        var story = ReconcileOne(
            new DocBuilder("a", a, "Harbour Wire").Event("called", "CONSULT", date: "2026-03-10", initiator: "Anna Berg", actors: ["Anna Berg", "Ivo Dravic"]).Build(),
            new DocBuilder("b", b, "Lake Post").Event("spoke by phone", "CONSULT", date: "2026-03-10", initiator: "Anna Berg", actors: ["Anna Berg", "Ivo Dravic"]).Build());

        Assert.Equal("CONSULT", story.Type);
        Assert.Equal("phone", story.Mode);
        Assert.Equal("2026-03-10", story.Date);
        Assert.Equal("Anna Berg", story.Initiator);
        Assert.Equal(["Anna Berg", "Ivo Dravic"], story.Participants.Order());
    }

    [Fact]
    public void Without_a_dated_mention_the_earliest_publication_dates_the_event()
    {
        var story = ReconcileOne(
            new DocBuilder("a", "The presidents spoke by phone.", "Harbour Wire", published: "2026-03-11").Event("spoke by phone", "CONSULT").Build(),
            new DocBuilder("b", "The leaders held a call.", "Lake Post", published: "2026-03-10").Event("held a call", "CONSULT").Build());

        Assert.Equal("2026-03-10", story.Date);
        Assert.Contains(story.Facts, f => f.Slot == "date" && f.Why!.Contains("publication"));
    }

    [Fact]
    public void A_planned_event_is_an_outcome_not_the_main_event()
    {
        const string a = "The presidents spoke by phone. They agreed to meet in Vienna in May.";
        const string b = "The two leaders held a phone call and agreed to meet in Vienna in May.";
        var story = ReconcileOne(
            new DocBuilder("a", a, "Harbour Wire").Event("spoke by phone", "CONSULT", actors: ["Anna Berg", "Ivo Dravic"]).Event("agreed to meet", "AGREE", mode: null, actors: ["Anna Berg", "Ivo Dravic"]).Build(),
            new DocBuilder("b", b, "Lake Post").Event("held a phone call", "CONSULT", actors: ["Anna Berg", "Ivo Dravic"]).Event("agreed to meet", "AGREE", mode: null, actors: ["Anna Berg", "Ivo Dravic"]).Build());

        Assert.Equal("CONSULT", story.Type);
        var outcome = Assert.Single(story.Facts, f => f.Slot == "outcome");
        Assert.Equal(2, outcome.Articles.Length);
    }

    [Fact]
    public void The_headline_names_the_reconciled_parties_not_every_name_the_articles_carry()
    {
        const string text = "Anna Berg spoke by phone with Ivo Dravic about Ukraine and the United States.";
        var story = ReconcileOne(new DocBuilder("a", text, "Harbour Wire").Event("spoke by phone", "CONSULT", actors: ["Anna Berg", "Ivo Dravic"]).Build());

        Assert.Equal("Anna Berg, Ivo Dravic: CONSULT/phone, 2026-03-10", StoryReconciler.Headline(story));
        Assert.Null(StoryReconciler.Headline(null));
    }
}
