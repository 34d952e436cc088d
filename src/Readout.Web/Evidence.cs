using System.Text.Json.Nodes;
using Readout.Alignment;
using Readout.Core;
using Readout.Entities;
using Readout.Events;
using Readout.Reconcile;
using Readout.Sentences;
using Readout.Stories;
using Readout.Times;

namespace Readout.Web;

/// <summary>One sentence (or passage) of an article that asserts a fact, an outcome or a quotation of a story page, under that item's key.</summary>
public sealed record EvidenceSpan(string Article, int Start, int End, string Key);

/// <summary>
/// Finds, in each article a reconciled fact lists, the sentences that assert it, from the layers'
/// offsets: a length from the stated lengths, a date from the time expressions, parties, initiator
/// and place from the event mentions of the story's type, an outcome from the claims the outcome
/// finder reads, a quotation from its alignment group's variants. Keys: "f" + the fact's index in
/// the event's facts, "q" + the quote group's index.
/// </summary>
public static class Evidence
{
    public static string FactKey(int index) => $"f{index}";

    public static string QuoteKey(int index) => $"q{index}";

    public static IReadOnlyList<EvidenceSpan> Find(ReconciledStory story, IReadOnlyList<Document> documents, IReadOnlyList<QuoteGroup> quoteGroups)
    {
        var byId = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var spans = new List<EvidenceSpan>();
        if (story.Event is { } reconciled)
        {
            var claims = new Lazy<List<(Document Document, OutcomeClaim Claim)>>(() =>
                [.. documents.SelectMany(d => OutcomeFinder.Claims(d, reconciled.Participants, reconciled.Date).Select(c => (Document: d, Claim: c)))]);
            for (var index = 0; index < reconciled.Facts.Length; index++)
            {
                var fact = reconciled.Facts[index];
                var asserting = fact.Articles.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
                var found = fact.Slot == "outcome"
                    ? OutcomeSpans(fact, claims.Value.Where(c => fact.Articles.Contains(c.Document.Id)).ToList())
                    : asserting.SelectMany(document => SlotSpans(fact, document, reconciled).Select(span => (document, span.Start, span.End)));
                spans.AddRange(found.Select(f => Sentence(f.document, f.Start, f.End, FactKey(index))));
            }
        }

        for (var index = 0; index < quoteGroups.Count; index++)
        {
            foreach (var variant in quoteGroups[index].Variants.Where(v => byId.ContainsKey(v.Article)))
            {
                spans.Add(new EvidenceSpan(variant.Article, variant.Start, variant.End, QuoteKey(index)));
            }
        }

        return [.. spans.Distinct()];
    }

    private static IEnumerable<(int Start, int End)> SlotSpans(Fact fact, Document document, StoryEvent reconciled)
    {
        var mentions = document.Require<EventLayer>().Events.SelectMany(Flatten).Where(m => m.Type == reconciled.Type && m.Modality == "asserted").ToList();
        var value = fact.Value;
        IEnumerable<(int, int)> Of(IEnumerable<EventMention> chosen) => chosen.Select(m => (m.SentenceStart ?? m.Start, m.SentenceEnd ?? m.End));
        List<(int, int)> found = fact.Slot switch
        {
            "duration_minutes" when value is JsonValue minutes && minutes.TryGetValue<int>(out var wanted) =>
                [.. OwnEventTimes.Lengths(document, mentions).Concat(OwnEventTimes.Lengths(document, [])).Where(l => (int)Math.Round(l.Minutes) == wanted).Select(l => (l.Start, l.End))],
            "date" when value is JsonValue date && date.TryGetValue<string>(out var day) =>
                [.. document.Require<TimeLayer>().Times.Where(t => t.Value.StartsWith(day, StringComparison.Ordinal)).Select(t => (t.Start, t.End)).Concat(Of(mentions.Where(m => m.Date == day)))],
            "participants" when value is JsonArray names =>
                [.. Of(mentions.Where(m => names.Any(n => m.Actors.Contains(n!.GetValue<string>()) || m.Recipients.Contains(n.GetValue<string>()))))],
            "initiator" => [.. Of(mentions.Where(m => m.Initiator == Text(value)))],
            "place" => [.. Of(mentions.Where(m => m.Place == Text(value)))],
            "type" => [.. Of(mentions.Where(m => m.Type == Text(value) && !m.Background))],
            _ => [],
        };
        if (found.Count == 0 && Text(value) is { } name)
        {
            found = [.. document.Require<EntityLayer>().Entities.Where(e => e.Name == name).SelectMany(e => e.Mentions).Select(m => (m.Start, m.End))];
        }

        return found;
    }

    /// <summary>The claim the fact shows (its representative) and, in each listed article, the claims that tell the same.</summary>
    private static IEnumerable<(Document document, int Start, int End)> OutcomeSpans(Fact fact, IReadOnlyList<(Document Document, OutcomeClaim Claim)> claims)
    {
        var representative = fact.Value is JsonObject value
            ? claims.FirstOrDefault(c => c.Claim.Article == value["article"]?.GetValue<string>() && c.Claim.Start == value["start"]?.GetValue<int>()).Claim
            : null;
        if (representative is null)
        {
            return [];
        }

        var told = new List<OutcomeClaim> { representative };
        foreach (var (_, claim) in claims.Where(c => c.Claim != representative))
        {
            if (told.Any(other => OutcomeFinder.SameClaim(other, claim)))
            {
                told.Add(claim);
            }
        }

        return claims.Where(c => told.Contains(c.Claim)).Select(c => (c.Document, c.Claim.Start, c.Claim.End));
    }

    /// <summary>A mention and those folded into it (a call told inside what was said at it), as the reconciler reads them.</summary>
    private static IEnumerable<EventMention> Flatten(EventMention mention) =>
        mention.Embedded is { } embedded ? embedded.SelectMany(Flatten).Prepend(mention) : [mention];

    private static string? Text(JsonNode? value) => value is JsonValue text && text.TryGetValue<string>(out var s) ? s : null;

    /// <summary>The whole sentences a span lies in.</summary>
    private static EvidenceSpan Sentence(Document document, int start, int end, string key)
    {
        var sentences = document.Require<SentenceLayer>();
        var first = sentences.IndexAt(start);
        var last = sentences.IndexAt(Math.Max(start, end - 1));
        return new EvidenceSpan(
            document.Id,
            first >= 0 ? sentences.Sentences[first].Start : start,
            last >= 0 ? sentences.Sentences[last].End : end,
            key);
    }
}
