using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Readout.Alignment;
using Readout.Core;
using Readout.Entities;
using Readout.Events;
using Readout.Quotes;
using Readout.Sentences;
using Readout.Stories;
using Readout.Times;

namespace Readout.Reconcile;

/// <summary>
/// Turns each story's articles into one record of its main event: every value any article
/// gives for each slot (type, mode, date, participants, initiator, duration, place, outcomes),
/// who asserts it, how many independent origins stand behind it, the chosen value and why; and
/// who retells whom among them. Adds the <see cref="ReconciledStoryLayer"/>.
/// </summary>
public sealed class StoryReconciler : IPreparingCorpusStage
{
    public IReadOnlyList<Type> Requires { get; } =
        [typeof(SentenceLayer), typeof(EntityLayer), typeof(ReferenceLayer), typeof(TimeLayer), typeof(QuoteLayer), typeof(EventLayer), typeof(StoryLayer), typeof(QuoteAlignmentLayer)];

    public Type Adds => typeof(ReconciledStoryLayer);

    /// <summary>How far "over" or "nearly" reaches: "over two hours" is at most three, "nearly two hours" at least 80 minutes.</summary>
    private const double HedgeReach = 1.5;

    /// <summary>How far "about" reaches either way, as a share of the amount ("about an hour": 51 to 69 minutes).</summary>
    private const double ApproximateShare = 0.15;

    public Analysis Apply(Analysis analysis) => Prepare(analysis.Documents, Environment.ProcessorCount)(analysis);

    /// <summary>What each article's retelling links are read from, read before its story is known.</summary>
    public Func<Analysis, Analysis> Prepare(IReadOnlyList<Document> documents, int cores)
    {
        var readings = ParallelWork.InOrder(documents).WithDegreeOfParallelism(cores).Select(ProvenanceFinder.Read).ToList();
        var readingOf = Enumerable.Range(0, documents.Count).ToDictionary(i => documents[i].Id, i => readings[i], StringComparer.Ordinal);
        return analysis => ReconcileStories(analysis, readingOf);
    }

    private static Analysis ReconcileStories(Analysis analysis, Dictionary<string, ProvenanceFinder.Reading> readingOf)
    {
        var byId = analysis.Documents.ToDictionary(d => d.Id);
        var statements = new AlignedStatements(analysis.Require<QuoteAlignmentLayer>());
        // Each story is reconciled on its own: on all cores, in story order.
        var reconciled = ParallelWork.InOrder(analysis.Require<StoryLayer>().Stories).Select(story =>
        {
            var documents = story.Articles.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
            var origins = ProvenanceFinder.Find(documents, statements, document => readingOf[document.Id]);
            var reconciled = Reconcile(documents, origins);
            return new ReconciledStory(story with { Headline = Headline(reconciled) ?? story.Headline }, reconciled, origins);
        });
        return analysis.With(new ReconciledStoryLayer([.. reconciled]));
    }

    /// <summary>"Donald Trump, Vladimir Putin: CONSULT/phone, 2025-12-28": the reconciled parties, type and date, not every name the articles carry.</summary>
    public static string? Headline(StoryEvent? reconciled)
    {
        if (reconciled is null || reconciled.Participants.IsEmpty)
        {
            return null;
        }

        var kind = reconciled.Mode is null ? reconciled.Type : $"{reconciled.Type}/{reconciled.Mode}";
        return $"{string.Join(", ", reconciled.Participants)}: {kind}" + (reconciled.Date is null ? string.Empty : $", {reconciled.Date}");
    }

    /// <summary>A value one article gives for a slot, and who in that article asserts it.</summary>
    /// <param name="Hedge">For a length, the words qualifying it as written ("nearly").</param>
    /// <param name="Modifier">For a length, the TIMEX3 mod of its hedge (LESS_THAN, ...).</param>
    private sealed record Claim(string Slot, JsonNode Value, string Key, string Article, string Asserter, string? Hedge = null, string? Modifier = null);

    public static StoryEvent? Reconcile(IReadOnlyList<Document> documents, StoryProvenance origins)
    {
        var mentions = documents
            .SelectMany(d => d.Require<EventLayer>().Events.Select(e => (Document: d, Event: e)))
            .ToList();
        var withEmbedded = mentions
            .SelectMany(m => Flatten(m.Event).Select(e => (m.Document, Event: e == m.Event ? e : e with
            {
                Background = m.Event.Background,
                Actors = [.. e.Actors.Union(m.Event.Actors)],
                Recipients = [.. e.Recipients.Union(m.Event.Recipients)],
            })))
            .ToList();
        var asserted = mentions.Where(m => m.Event.Modality == "asserted").ToList();
        if (asserted.Count == 0)
        {
            return null;
        }

        var reported = documents.Select(d => d.Require<EventLayer>().Reported).OfType<ReportedEvent>().ToList();
        var mainType = Majority(reported.Select(r => r.Type)) is { } reportedType && withEmbedded.Any(m => m.Event.Modality == "asserted" && m.Event.Type == reportedType)
            ? reportedType
            : asserted
                .GroupBy(m => m.Event.Type)
                .OrderByDescending(g => g.Select(m => m.Document.Id).Distinct().Count() + g.Count(m => IsLead(m.Document, m.Event)))
                .ThenByDescending(g => g.Count())
                .First().Key;
        var ofType = asserted.Any(m => m.Event.Type == mainType) ? asserted : [.. withEmbedded.Where(m => m.Event.Modality == "asserted")];
        var main = ofType.Where(m => m.Event.Type == mainType && !m.Event.Background).ToList();
        if (main.Count == 0)
        {
            main = [.. ofType.Where(m => m.Event.Type == mainType)];
        }

        var setting = Majority(reported.Where(r => r.Type == mainType).Select(r => r.Setting).OfType<string>());

        var claims = new List<Claim>();
        foreach (var group in main.GroupBy(m => m.Document))
        {
            claims.AddRange(ArticleClaims(group.Key, [.. group.Select(m => m.Event)]));
        }

        // An article that tells its reported event apart dates it once, from its own text; its other mentions' dates are not this event's.
        claims.AddRange(documents
            .Select(d => (Document: d, Reported: d.Require<EventLayer>().Reported))
            .Where(r => r.Reported is { DateStated: true, Date: not null } && r.Reported.Type == mainType)
            .Select(r => new Claim("date", r.Reported!.Date!, r.Reported.Date!, r.Document.Id, r.Document.Article.Source ?? r.Document.Id)));

        // An article of the story that codes no mention of its event may still say how long it lasted ("The call lasted an hour").
        foreach (var document in documents.Where(d => !main.Any(m => m.Document == d)))
        {
            claims.AddRange(LengthClaims(document, []));
        }

        if (setting == ReportedEventFinder.Phone)
        {
            claims.RemoveAll(c => c.Slot == "place");
        }

        var facts = claims.GroupBy(c => c.Slot)
            .SelectMany(slot => slot.Key == "duration_minutes" ? DurationFacts(slot.ToList(), origins) : SlotFacts(slot.ToList(), origins))
            .ToList();
        var participants = Participants(claims, origins);
        var placeFacts = facts.Where(f => f.Slot == "place").ToList();
        var place = placeFacts.FirstOrDefault(f => f.Chosen && (placeFacts.Count == 1 || f.Articles.Length > 1))?.Value?.GetValue<string>();
        var mainMode = setting switch
        {
            ReportedEventFinder.Phone => ReportedEventFinder.Phone,
            ReportedEventFinder.InPerson => InPersonMode(documents, participants, place),
            _ => main.Select(m => m.Event.Mode).Where(mode => mode is not null).GroupBy(mode => mode).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key,
        };
        facts.Add(new Fact("type", mainType, [.. main.Select(m => m.Document.Id).Distinct()], [], origins.IndependentSources(main.Select(m => m.Document.Id)), true, "the event type most articles report"));

        string? Chosen(string slot) => facts.FirstOrDefault(f => f.Slot == slot && f.Chosen)?.Value?.GetValue<string>();
        var duration = facts.FirstOrDefault(f => f.Slot == "duration_minutes" && f.Chosen);
        var date = Chosen("date") ?? FallbackDate(documents, facts);
        facts.AddRange(OutcomeFinder.Facts(documents, participants, date, origins));
        return new StoryEvent(mainType, mainMode, date, participants, Chosen("initiator"), duration?.Value?.GetValue<int>(), Chosen("place"), [.. facts], duration?.Qualifier);
    }

    /// <summary>
    /// A mention and those folded into it. A call folded into what was said at it ("during a phone
    /// call with Putin, Scholz urged...") is only found there; the parties of its head are its parties too.
    /// </summary>
    private static IEnumerable<EventMention> Flatten(EventMention mention) =>
        mention.Embedded is { } embedded ? embedded.SelectMany(Flatten).Prepend(mention) : [mention];

    private static string? Majority(IEnumerable<string> values) =>
        values.GroupBy(value => value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault()?.Key;

    /// <summary>
    /// The PLOVER mode of a meeting in person: multilateral among more than two countries' people; a
    /// visit when it is held in one party's country (or where that is not known for sure: a place
    /// one article of several names); else on third ground.
    /// </summary>
    private static string InPersonMode(IReadOnlyList<Document> documents, ImmutableArray<string> participants, string? place)
    {
        var entities = documents.SelectMany(d => d.Require<EntityLayer>().Entities).Where(e => e.Country is not null).ToList();
        string? CountryOf(string name) => entities.FirstOrDefault(e => e.Name == name)?.Country;
        var homes = participants.Select(CountryOf).OfType<string>().ToList();
        if (homes.Count > 2)
        {
            return "multilateral";
        }

        return place is not null && CountryOf(place) is { } country && homes.Count == participants.Length && !homes.Contains(country) ? "third-party" : "visit";
    }

    private static bool IsLead(Document document, EventMention mention) =>
        document.Require<SentenceLayer>().IndexAt(mention.Start) is >= 0 and < 2;

    private static IEnumerable<Claim> ArticleClaims(Document document, IReadOnlyList<EventMention> mainMentions)
    {
        foreach (var mention in mainMentions)
        {
            var asserter = Asserter(document, mention.Start, mention.End);
            if (document.Require<EventLayer>().Reported is null && OwnEventTimes.Date(document, mention) is { } date)
            {
                yield return new Claim("date", date, date, document.Id, asserter);
            }

            if (mention.Initiator is { } initiator)
            {
                yield return new Claim("initiator", initiator, initiator, document.Id, asserter);
            }

            if (mention.Place is { } place)
            {
                yield return new Claim("place", place, place, document.Id, asserter);
            }

            var people = People(document, mention.Actors.Concat(mention.Recipients));
            if (people.Count > 0)
            {
                yield return new Claim("participants", new JsonArray([.. people.Select(p => (JsonNode)p)]), string.Join("|", people), document.Id, asserter);
            }
        }

        foreach (var claim in LengthClaims(document, mainMentions))
        {
            yield return claim;
        }
    }

    private static IEnumerable<Claim> LengthClaims(Document document, IReadOnlyList<EventMention> mainMentions) =>
        OwnEventTimes.Lengths(document, mainMentions).Select(length =>
        {
            var minutes = (int)Math.Round(length.Minutes);
            var key = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{minutes}|{length.Modifier}");
            return new Claim("duration_minutes", minutes, key, document.Id, Asserter(document, length.Start, length.End), length.Hedge, length.Modifier);
        });

    /// <summary>The outlet, or the speaker (via the outlet) when the span stands in a quotation.</summary>
    private static string Asserter(Document document, int start, int end)
    {
        var outlet = document.Article.Source ?? document.Id;
        var quotes = document.Require<QuoteLayer>().Quotes;
        return quotes.FirstOrDefault(q => q.Start <= start && end <= q.End && q.Speaker is not null) is { } quote
            ? $"{quote.Speaker} (via {outlet})"
            : outlet;
    }

    /// <summary>The day or month of a TIMEX3 date value; null for vaguer values (2025, 2025-W52, FUTURE_REF).</summary>
    public static string? CalendarDate(string? value) =>
        value is { Length: >= 7 } && char.IsDigit(value[0]) && value[4] == '-' && char.IsDigit(value[5]) && char.IsDigit(value[6])
            ? value[..Math.Min(10, value.Length)]
            : null;

    private static List<string> People(Document document, IEnumerable<string> names)
    {
        var entities = document.Require<EntityLayer>().Entities;
        return names
            .Where(name => entities.Any(e => e.Name == name && e.Type == EntityType.Person))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The group of two or more people that most articles name together in the main event;
    /// failing that, the people named by at least half of the articles that name any.
    /// </summary>
    private static ImmutableArray<string> Participants(List<Claim> claims, StoryProvenance origins)
    {
        var group = claims.Where(c => c.Slot == "participants" && c.Value.AsArray().Count >= 2)
            .GroupBy(c => c.Key)
            .OrderByDescending(g => g.Select(c => c.Article).Distinct().Count())
            .ThenByDescending(g => origins.IndependentSources(g.Select(c => c.Article)))
            .ThenBy(g => g.First().Value.AsArray().Count)
            .FirstOrDefault();
        if (group is not null)
        {
            return [.. group.First().Value.AsArray().Select(n => n!.GetValue<string>())];
        }

        var byArticle = claims.Where(c => c.Slot == "participants")
            .GroupBy(c => c.Article)
            .Select(g => g.SelectMany(c => c.Value.AsArray().Select(n => n!.GetValue<string>())).ToHashSet())
            .ToList();
        if (byArticle.Count == 0)
        {
            return [];
        }

        var needed = Math.Max(1, (byArticle.Count + 1) / 2);
        return [.. byArticle.SelectMany(set => set).GroupBy(name => name)
            .Where(g => g.Count() >= needed)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)];
    }

    /// <summary>One fact per distinct value of a slot; the value with most independent origins is chosen.</summary>
    private static IEnumerable<Fact> SlotFacts(List<Claim> claims, StoryProvenance origins)
    {
        var values = claims.GroupBy(c => c.Key)
            .Select(g => (Claims: g.ToList(), Articles: g.Select(c => c.Article).Distinct().ToImmutableArray()))
            .Select(v => (v.Claims, v.Articles, Independent: origins.IndependentSources(v.Articles), Narrated: v.Claims.Any(c => !c.Asserter.Contains(" (via "))))
            .OrderByDescending(v => v.Independent).ThenByDescending(v => v.Articles.Length).ThenByDescending(v => v.Narrated)
            .ToList();
        var slot = claims[0].Slot;
        if (slot == "participants")
        {
            return values.Select(v => Fact(v.Claims, v.Articles, v.Independent, chosen: false, "people the article names in one report of the event"));
        }

        return values.Select((v, rank) => Fact(
            v.Claims,
            v.Articles,
            v.Independent,
            rank == 0,
            values.Count == 1
                ? "the only value reported"
                : rank == 0
                    ? $"most independent sources ({v.Independent} of {values.Count} competing values)"
                    : $"disputed: {v.Independent} independent source(s) against {values[0].Independent}"));
    }

    /// <summary>
    /// One fact per length and hedge ("two hours", "nearly two hours"). The chosen length is the one
    /// with most independent sources behind it, counting the hedged reports it agrees with ("nearly
    /// two hours" backs one hour and 50 minutes); on a tie an exact figure wins over a hedged one.
    /// </summary>
    private static IEnumerable<Fact> DurationFacts(List<Claim> claims, StoryProvenance origins)
    {
        var values = claims.GroupBy(c => c.Key)
            .Select(g => (Claims: g.ToList(), Minutes: g.First().Value.GetValue<int>(), g.First().Modifier, Articles: g.Select(c => c.Article).Distinct().ToImmutableArray()))
            .ToList();
        var ranked = values
            .Select(v =>
            {
                var backing = values.Where(o => o == v || (v.Modifier is null && Agrees(o.Modifier, o.Minutes, v.Minutes))).SelectMany(o => o.Articles).Distinct().ToList();
                return (Value: v, Support: origins.IndependentSources(backing), Backing: backing.Count);
            })
            .OrderByDescending(r => r.Support).ThenBy(r => r.Value.Modifier is null ? 0 : 1).ThenByDescending(r => r.Backing)
            .ThenByDescending(r => r.Value.Claims.Any(c => !c.Asserter.Contains(" (via "))).ThenBy(r => r.Value.Minutes).ThenBy(r => r.Value.Modifier, StringComparer.Ordinal)
            .ToList();
        var chosen = ranked[0].Value;
        return ranked.Select((r, rank) =>
        {
            var v = r.Value;
            var qualifier = v.Claims.Select(c => c.Hedge).OfType<string>().GroupBy(h => h).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault()?.Key;
            var why = ranked.Count == 1 ? "the only value reported"
                : rank == 0 && r.Backing > v.Articles.Length ? $"most independent sources ({r.Support} of {ranked.Count} competing values, counting the hedged reports that agree with it)"
                : rank == 0 ? $"most independent sources ({r.Support} of {ranked.Count} competing values)"
                : chosen.Modifier is null && Agrees(v.Modifier, v.Minutes, chosen.Minutes) ? $"hedged; agrees with the chosen {chosen.Minutes} minutes"
                : $"disputed: {origins.IndependentSources(v.Articles)} independent source(s) against {ranked[0].Support}";
            return Fact(v.Claims, v.Articles, origins.IndependentSources(v.Articles), rank == 0, why) with { Qualifier = qualifier };
        });
    }

    /// <summary>Whether a hedged length ("nearly 120", "over 60") allows an exact one of <paramref name="minutes"/>.</summary>
    private static bool Agrees(string? modifier, int stated, int minutes) => modifier switch
    {
        "MORE_THAN" => minutes > stated && minutes <= stated * HedgeReach,
        "EQUAL_OR_MORE" => minutes >= stated && minutes <= stated * HedgeReach,
        "LESS_THAN" => minutes < stated && minutes * HedgeReach >= stated,
        "EQUAL_OR_LESS" => minutes <= stated && minutes * HedgeReach >= stated,
        "APPROX" => Math.Abs(minutes - stated) <= stated * ApproximateShare,
        _ => false,
    };

    private static Fact Fact(List<Claim> claims, ImmutableArray<string> articles, int independent, bool chosen, string? why) =>
        new(claims[0].Slot, claims[0].Value.DeepClone(), articles, [.. claims.Select(c => c.Asserter).Distinct()], independent, chosen, why);

    /// <summary>Without a date in any article, the event is dated by the earliest publication.</summary>
    private static string? FallbackDate(IReadOnlyList<Document> documents, List<Fact> facts)
    {
        var earliest = documents.Select(d => d.Article.PublishedDate).Where(d => d is not null).Min();
        if (earliest is null)
        {
            return null;
        }

        var value = earliest.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        facts.Add(new Fact("date", value, [.. documents.Where(d => d.Article.PublishedDate == earliest).Select(d => d.Id)], [], 0, true, "no article dates the event; earliest publication date"));
        return value;
    }
}
