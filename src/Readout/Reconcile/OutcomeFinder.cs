using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Readout.Core;
using Readout.Entities;
using Readout.Events;
using Readout.Quotes;
using Readout.Sentences;
using Readout.Stories;
using Readout.Times;
using Readout.Tokens;

namespace Readout.Reconcile;

/// <summary>
/// The claims an event produced: what its parties agreed or accepted, and the follow-ups they
/// scheduled. A claim is one sentence of an article; the same claim told by several articles in
/// other words becomes one fact listing all of them.
/// </summary>
public static class OutcomeFinder
{
    /// <summary>Event types by which the parties settle something between them.</summary>
    private static readonly FrozenSet<string> SettlingTypes = FrozenSet.Create(StringComparer.Ordinal, "AGREE", "CONCEDE", "COOPERATE");

    /// <summary>Share of the smaller core two wordings of one claim have in common.</summary>
    private const double SameClaimOverlap = 0.4;

    /// <summary>Words that say nothing of the claim itself: function words and the verbs that attribute it ("said", "noted").</summary>
    private static bool IsNotContent(string word) => Stopwords.IsStopword(word) || ReferenceLexicon.IsSpeechVerb(word);

    private static readonly Lazy<(FrozenSet<string> Relatives, FrozenSet<char> Boundaries)> Clauses = new(() =>
    {
        var rows = DataFile.Rows("Events/plover-structure.tsv", 2).ToList();
        return (
            rows.Where(r => r[1] == "relative").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal),
            rows.Where(r => r[1] == "boundary" && r[0].Length == 1 && !char.IsLetter(r[0][0])).Select(r => r[0][0]).ToFrozenSet());
    });

    public static List<Fact> Facts(IReadOnlyList<Document> documents, IReadOnlyList<string> participants, string? eventDate, StoryProvenance origins)
    {
        var groups = new List<List<OutcomeClaim>>();
        foreach (var claim in documents.SelectMany(d => Claims(d, participants, eventDate)))
        {
            var home = groups.FirstOrDefault(g => g.Any(other => SameClaim(other, claim)));
            if (home is null)
            {
                groups.Add([claim]);
            }
            else
            {
                home.Add(claim);
            }
        }

        return [.. groups.Select(g =>
        {
            var articles = g.Select(c => c.Article).Distinct().ToImmutableArray();
            var representative = g.OrderBy(c => c.Text.Length).ThenBy(c => c.Article, StringComparer.Ordinal).First();
            var value = new JsonObject
            {
                ["type"] = representative.Type,
                ["modality"] = representative.Modality,
                ["text"] = representative.Text,
                ["article"] = representative.Article,
                ["start"] = representative.Start,
                ["end"] = representative.End,
            };
            return new Fact("outcome", value, articles, [.. g.Select(c => c.Outlet).Distinct()], origins.IndependentSources(articles), true, "an agreement or follow-up of the event, as each listed article reports it");
        })];
    }

    /// <summary>
    /// Two wordings of one claim share most of the content words of the shorter. Within one
    /// article, two agreements of the same parties to keep talking ("to maintain dialogue", "to
    /// call each other as needed") are one claim told twice.
    /// </summary>
    public static bool SameClaim(OutcomeClaim a, OutcomeClaim b)
    {
        if (a.Article == b.Article && a.Contact is not null && a.Contact == b.Contact)
        {
            return true;
        }

        var smaller = Math.Min(a.Core.Count, b.Core.Count);
        return smaller > 0 && a.Core.Count(b.Core.Contains) >= SameClaimOverlap * smaller;
    }

    /// <summary>The sentences of one article that state an outcome of the event, one claim per sentence.</summary>
    public static IEnumerable<OutcomeClaim> Claims(Document document, IReadOnlyList<string> participants, string? eventDate)
    {
        var sentences = document.Require<SentenceLayer>();
        var parties = Parties(document, participants);
        var times = document.Require<TimeLayer>().Times;
        var day = PublishedDates.Day(eventDate);
        var mentions = document.Require<EventLayer>().Events;
        foreach (var sentence in sentences.Sentences)
        {
            var text = sentence.Of(document.Text);
            if (IsHeading(text))
            {
                continue;
            }

            var dates = times.Where(t => t.Type == "DATE" && t.Start >= sentence.Start && t.End <= sentence.End).ToList();
            if (day is not null && dates.Any(t => t.Until < day))
            {
                continue;
            }

            var inSentence = mentions.Where(m => m.Start >= sentence.Start && m.End <= sentence.End).ToList();
            var settled = inSentence.FirstOrDefault(m => SettlesBetweenParties(document.Text, m, parties, day) && NamesAParty(document, sentence, m, parties)
                && !InRelativeClause(document.Text, sentence, m.Start) && !(IsStatedIntent(document.Text, m) && InvolvesOthers(document, m, parties)));
            if (settled is not null)
            {
                yield return Claim(document, sentence, settled.Type, settled.Modality, parties, document.Text[settled.Start..settled.End]) with { Contact = Contact(settled, parties) };
            }
            else if (day is not null
                && dates.Any(t => t.From > day && Tense.Around(document.Text, t.Start, t.End) == TenseCue.Future && !InRelativeClause(document.Text, sentence, t.Start))
                && Attributed(document, sentence) && !inSentence.Any(m => InvolvesOthers(document, m, parties)))
            {
                // A step the parties scheduled: told in the future tense, dated after the event, by a
                // source the article relays, and no meeting of other people.
                yield return Claim(document, sentence, "FOLLOW_UP", "future", parties, string.Empty);
            }
        }
    }

    /// <summary>
    /// An agreement, acceptance or joint undertaking of the event's parties, told as a fact: a verb
    /// ("agreed to", "acceded to", "collaborating with"), not a noun under discussion ("the
    /// prospects for an agreement"), asserted, dated on the event's day if dated at all, and with
    /// one of the parties (a participant or a participant's state) among its actors or recipients.
    /// </summary>
    private static bool SettlesBetweenParties(string text, EventMention mention, IReadOnlySet<string> parties, DateOnly? day) =>
        SettlingTypes.Contains(mention.Type)
        && mention.Modality == "asserted"
        && (day is null || mention.Date is null || StoryReconciler.CalendarDate(mention.Date) is not { } date || date == day.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
        && (IsStatedIntent(text, mention)
            ? Tense.Around(text, mention.Start, mention.End) == TenseCue.Future
            : IsVerbal(text[mention.Start..mention.End]))
        && mention.Actors.Concat(mention.Recipients).Any(parties.Contains);

    /// <summary>Whether an offset stands in a relative clause: a relative word between the last clause boundary and it.</summary>
    private static bool InRelativeClause(string text, TextSpan sentence, int offset)
    {
        var before = text[sentence.Start..offset];
        var clauseStart = before.LastIndexOfAny([.. Clauses.Value.Boundaries]) + 1;
        return ProvenanceFinder.Words(before[clauseStart..]).Any(Clauses.Value.Relatives.Contains);
    }

    /// <summary>The parties of a talk agreed on (not yet held) among the parties alone, or null.</summary>
    private static string? Contact(EventMention agreement, IReadOnlySet<string> parties) =>
        agreement.Type == "AGREE"
        && (agreement.Embedded ?? []).FirstOrDefault(e => e.Type == "CONSULT" && e.Modality is "future" or "hypothetical") is { } talk
        && talk.Actors.Length > 0 && talk.Actors.Concat(talk.Recipients).All(parties.Contains)
            ? string.Join('|', talk.Actors.Concat(talk.Recipients).Distinct().Order(StringComparer.Ordinal))
            : null;

    /// <summary>The sentence is the words of a source: inside a quotation with a speaker, or in a first-hand record.</summary>
    private static bool Attributed(Document document, TextSpan sentence) =>
        ProvenanceFinder.IsFirstHandRecord(document)
        || document.Require<QuoteLayer>().Quotes.Any(q => q.Speaker is not null && q.Start < sentence.End && q.End > sentence.Start);

    /// <summary>An event with a person among its actors or recipients who is not a party: another event than the story's.</summary>
    private static bool InvolvesOthers(Document document, EventMention mention, IReadOnlySet<string> parties)
    {
        var entities = document.Require<EntityLayer>().Entities;
        return mention.Actors.Concat(mention.Recipients)
            .Any(name => !parties.Contains(name) && entities.Any(e => e.Name == name && e.Type == EntityType.Person));
    }

    /// <summary>
    /// Whether the sentence names one of the mention's parties by more than a pronoun: a claim
    /// whose only party is "he" or "it" leans on an earlier sentence and is not one by itself.
    /// </summary>
    private static bool NamesAParty(Document document, TextSpan sentence, EventMention mention, IReadOnlySet<string> parties)
    {
        var mentions = document.Require<EntityLayer>().Entities.SelectMany(e => e.Mentions.Select(m => (Entity: e, Mention: m)))
            .Concat(document.Require<ReferenceLayer>().Mentions())
            .Where(pair => pair.Mention.Start >= sentence.Start && pair.Mention.End <= sentence.End && pair.Mention.Kind != MentionKind.Pronoun)
            .ToList();
        return mention.Actors.Concat(mention.Recipients).Where(parties.Contains).Any(party => mentions.Any(pair => pair.Entity.Name == party));
    }

    /// <summary>An inflected verb ("agreed", "acceding", "collaborating") or a verb phrase ("agree to"); not a noun ("agreement", "treaties").</summary>
    private static bool IsVerbal(string trigger)
    {
        var words = trigger.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words[0].ToLowerInvariant();
        var lemma = Lemmatizer.Lemma(first);
        return lemma == first ? words.Length > 1 : first != lemma + "s" && first != lemma + "es";
    }

    /// <summary>
    /// A statement of intent: a promise the coder built from one (the announced event sits inside
    /// it at the same place) or a trigger that states one ("is ready to"). Only a commitment in the
    /// future tense ("will start talks") settles something; a disposition ("is ready to",
    /// "intends to") states a position.
    /// </summary>
    private static bool IsStatedIntent(string text, EventMention mention)
    {
        if (mention.Type == "AGREE" && (mention.Embedded ?? []).Any(e => e.Start == mention.Start && e.Modality == "future"))
        {
            return true;
        }

        var words = ProvenanceFinder.Words(text[mention.Start..mention.End]);
        return EventLexicon.Standard.Match(words, [.. words.Select(_ => false)]).Any(m => m.Pattern.StatesIntent);
    }

    /// <summary>Heading lines ("Settlement working groups") end without a full stop.</summary>
    public static bool IsHeading(string sentence)
    {
        var trimmed = sentence.TrimEnd().AsSpan();
        while (trimmed.Length > 0 && (QuoteMarks.IsClosing(trimmed[^1]) || trimmed[^1] == ')'))
        {
            trimmed = trimmed[..^1];
        }

        return trimmed.Length == 0 || trimmed[^1] is not ('.' or '!' or '?' or '…');
    }

    /// <summary>The participants and the states they lead or serve, as the document's entities name them.</summary>
    private static HashSet<string> Parties(Document document, IReadOnlyList<string> participants)
    {
        var entities = document.Require<EntityLayer>().Entities;
        var countries = participants
            .Select(p => entities.FirstOrDefault(e => e.Name == p)?.Country ?? KnowledgeBase.FindPerson(p)?.Country)
            .Where(c => c is not null)
            .ToHashSet(StringComparer.Ordinal);
        var parties = new HashSet<string>(participants, StringComparer.Ordinal);
        parties.UnionWith(entities
            .Where(e => e.Country is not null && countries.Contains(e.Country)
                && (e.Type == EntityType.Country || e.Type == EntityType.Organization && KnowledgeBase.FindCountry(e.Country)?.Government.Name == e.Name))
            .Select(e => e.Name));
        return parties;
    }

    private static OutcomeClaim Claim(Document document, TextSpan sentence, string type, string modality, IReadOnlySet<string> parties, string trigger)
    {
        var text = sentence.Of(document.Text).Trim();
        var start = sentence.Start + sentence.Of(document.Text).IndexOf(text, StringComparison.Ordinal);
        return new(document.Id, document.Article.Source ?? document.Id, start, start + text.Length, text, type, modality, Core(text, parties, trigger));
    }

    /// <summary>Stemmed content words of a sentence, without the parties' names and the words of the trigger ("agreed").</summary>
    public static FrozenSet<string> Core(string text, IReadOnlySet<string> parties, string trigger)
    {
        var left = parties.SelectMany(ProvenanceFinder.Words).Concat(ProvenanceFinder.Words(trigger)).ToHashSet(StringComparer.Ordinal);
        return ProvenanceFinder.Words(text)
            .Where(w => w.Length > 2 && !IsNotContent(w) && !left.Contains(w) && !w.All(char.IsDigit))
            .Select(SuffixStemmer.Stem)
            .ToFrozenSet(StringComparer.Ordinal);
    }
}
