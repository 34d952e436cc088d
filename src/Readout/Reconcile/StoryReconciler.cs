using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Readout.Entities;
using Readout.Events;
using Readout.Pipeline;
using Readout.Quotes;
using Readout.Stories;
using Readout.Text;
using Readout.Time;

namespace Readout.Reconcile;

/// <summary>Corpus layer: who copied whom, per story id.</summary>
public sealed record ProvenanceLayer(ImmutableDictionary<string, StoryProvenance> ByStory);

/// <summary>
/// Turns each story's articles into one record of its main event: every value any article
/// gives for each slot (type, mode, date, participants, initiator, duration, place, outcomes),
/// who asserts it, how many independent origins stand behind it, the chosen value and why.
/// </summary>
public sealed class StoryReconciler : ICorpusStage
{
    public Analysis Apply(Analysis analysis)
    {
        if (analysis.Layer<StoryLayer>() is not { } stories)
        {
            return analysis;
        }

        var byId = analysis.Documents.ToDictionary(d => d.Id);
        var provenance = ImmutableDictionary.CreateBuilder<string, StoryProvenance>();
        var reconciled = stories.Stories.Select(story =>
        {
            var documents = story.Articles.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
            var origins = ProvenanceFinder.Find(documents, analysis.Layer<QuoteAlignmentLayer>());
            provenance[story.Id] = origins;
            return story with { Event = Reconcile(documents, origins) ?? story.Event };
        });
        return analysis.With(new StoryLayer([.. reconciled])).With(new ProvenanceLayer(provenance.ToImmutable()));
    }

    /// <summary>A value one article gives for a slot, and who in that article asserts it.</summary>
    private sealed record Claim(string Slot, JsonNode Value, string Key, string Article, string Asserter);

    public static StoryEvent? Reconcile(IReadOnlyList<Document> documents, StoryProvenance origins)
    {
        var mentions = documents
            .SelectMany(d => (d.Layer<EventLayer>()?.Events ?? []).Select(e => (Document: d, Event: e)))
            .ToList();
        var asserted = mentions.Where(m => m.Event.Modality == "asserted").ToList();
        if (asserted.Count == 0)
        {
            return null;
        }

        var mainType = asserted
            .GroupBy(m => m.Event.Type)
            .OrderByDescending(g => g.Select(m => m.Document.Id).Distinct().Count() + g.Count(m => IsLead(m.Document, m.Event)))
            .ThenByDescending(g => g.Count())
            .First().Key;
        var main = asserted.Where(m => m.Event.Type == mainType).ToList();
        var mainMode = main.Select(m => m.Event.Mode).Where(mode => mode is not null).GroupBy(mode => mode)
            .OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;

        var claims = new List<Claim>();
        foreach (var group in main.GroupBy(m => m.Document))
        {
            claims.AddRange(ArticleClaims(group.Key, [.. group.Select(m => m.Event)]));
        }

        if (mainMode == "phone")
        {
            claims.RemoveAll(c => c.Slot == "place");
        }

        var facts = claims.GroupBy(c => c.Slot).SelectMany(slot => SlotFacts(slot.ToList(), origins)).ToList();
        var participants = Participants(claims, origins);
        facts.Add(new Fact("type", mainType, [.. main.Select(m => m.Document.Id).Distinct()], [], origins.IndependentSources(main.Select(m => m.Document.Id)), true, "the event type most articles report"));

        string? Chosen(string slot) => facts.FirstOrDefault(f => f.Slot == slot && f.Chosen)?.Value?.GetValue<string>();
        int? ChosenMinutes() => facts.FirstOrDefault(f => f.Slot == "duration_minutes" && f.Chosen)?.Value?.GetValue<int>();
        var date = Chosen("date") ?? FallbackDate(documents, facts);
        facts.AddRange(OutcomeFinder.Facts(documents, participants, date, origins));
        return new StoryEvent(mainType, mainMode, date, participants, Chosen("initiator"), ChosenMinutes(), Chosen("place"), [.. facts]);
    }

    private static bool IsLead(Document document, EventMention mention) =>
        document.Layer<SentenceLayer>() is { } sentences && sentences.IndexAt(mention.Start) is >= 0 and < 2;

    private static IEnumerable<Claim> ArticleClaims(Document document, IReadOnlyList<EventMention> mainMentions)
    {
        var outlet = document.Article.Source ?? document.Id;
        var quotes = document.Layer<QuoteLayer>()?.Quotes ?? [];
        string Asserter(int start, int end) =>
            quotes.FirstOrDefault(q => q.Start <= start && end <= q.End && q.Speaker is not null) is { } quote
                ? $"{quote.Speaker} (via {outlet})"
                : outlet;

        foreach (var mention in mainMentions)
        {
            var asserter = Asserter(mention.Start, mention.End);
            if (CalendarDate(mention.Date) is { } date)
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

        foreach (var (minutes, start, end) in Durations(document, mainMentions))
        {
            yield return new Claim("duration_minutes", minutes, minutes.ToString(System.Globalization.CultureInfo.InvariantCulture), document.Id, Asserter(start, end));
        }
    }

    /// <summary>The day or month of a TIMEX3 date value; null for vaguer values (2025, 2025-W52, FUTURE_REF).</summary>
    public static string? CalendarDate(string? value) =>
        value is { Length: >= 7 } && char.IsDigit(value[0]) && value[4] == '-' && char.IsDigit(value[5]) && char.IsDigit(value[6])
            ? value[..Math.Min(10, value.Length)]
            : null;

    /// <summary>Durations stated in the sentences that report the main event.</summary>
    private static IEnumerable<(int Minutes, int Start, int End)> Durations(Document document, IReadOnlyList<EventMention> mainMentions)
    {
        var times = document.Layer<TimeLayer>()?.Times ?? [];
        var sentences = document.Layer<SentenceLayer>();
        if (times.IsEmpty || sentences is null)
        {
            return mainMentions.Where(m => m.DurationMinutes is not null).Select(m => (m.DurationMinutes!.Value, m.Start, m.End));
        }

        var eventSentences = mainMentions.Select(m => sentences.IndexAt(m.Start)).ToHashSet();
        return times
            .Where(t => t.Type == "DURATION" && t.Minutes is > 0 and < 24 * 60 && eventSentences.Contains(sentences.IndexAt(t.Start)))
            .Select(t => ((int)Math.Round(t.Minutes!.Value), t.Start, t.End))
            .Distinct();
    }

    private static List<string> People(Document document, IEnumerable<string> names)
    {
        var entities = document.Layer<EntityLayer>()?.Entities;
        return names
            .Where(name => entities is null || entities.Value.Any(e => e.Name == name && e.Type == EntityType.Person))
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
