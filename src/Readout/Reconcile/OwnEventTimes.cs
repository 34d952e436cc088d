using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Readout.Core;
using Readout.Entities;
using Readout.Events;
using Readout.Quotes;
using Readout.Sentences;
using Readout.Times;

namespace Readout.Reconcile;

/// <summary>
/// Which lengths and dates of an article belong to the event it reports, read with the cues of
/// own-event-cues.tsv. A length counts when stated in a sentence reporting the event or in one that
/// names it back ("The call lasted nearly two hours", "the two leaders talked for about 2 hours"),
/// unless its clause places it at another date or after "since". A date counts unless it is what a
/// greeting was about or stands in a quotation the report of the event is not part of.
/// </summary>
public static partial class OwnEventTimes
{
    /// <summary>Most words between a length verb and the length ("lasted for about").</summary>
    private const int LengthVerbWindow = 3;

    /// <summary>Most words between a length and the noun it qualifies ("two-hour phone call").</summary>
    private const int NounWindow = 2;

    /// <summary>Most words between a greeting word and the date it greets.</summary>
    private const int GreetingWindow = 5;

    /// <summary>How many days a clause's date may lie from the event's and still be the event's (time zones, late reports).</summary>
    private const int SameDayTolerance = 1;

    private static readonly ILookup<string, string> Cues = DataFile.Rows("Reconcile/own-event-cues.tsv", 2).ToLookup(row => row[1], row => row[0]);
    private static readonly FrozenSet<string> LengthVerbs = Cues["length-verb"].ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> EventNouns = Cues["event-noun"].ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> TalkVerbs = Cues["talk-verb"].ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> OtherEventWords = Cues["other-event"].ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> GreetingWords = Cues["greeting"].ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The lengths of the event that <paramref name="mentions"/> report in this document, under a day long, in text order.</summary>
    public static IReadOnlyList<StatedLength> Lengths(Document document, IReadOnlyList<EventMention> mentions)
    {
        var times = document.Require<TimeLayer>().Times;
        var sentences = document.Require<SentenceLayer>();
        if (times.IsEmpty)
        {
            return [.. mentions.Where(m => m.DurationMinutes is not null).Select(m => new StatedLength(m.Start, m.End, m.DurationMinutes!.Value))];
        }

        var text = document.Text;
        var reporting = mentions.Select(m => sentences.IndexAt(m.Start)).Where(i => i >= 0).ToHashSet();
        var eventDays = mentions.Select(m => PublishedDates.Day(m.Date)).OfType<DateOnly>().Distinct().ToList();
        var parties = mentions.SelectMany(m => m.Actors.Concat(m.Recipients)).ToHashSet(StringComparer.Ordinal);
        var people = document.Require<EntityLayer>().Entities
            .Where(e => e.Type == EntityType.Person)
            .SelectMany(e => e.Mentions.Select(m => (m.Start, m.End, e.Name)))
            .ToList();
        var lengths = new List<StatedLength>();
        var lastAbout = -1;
        for (var i = 0; i < sentences.Sentences.Length; i++)
        {
            var sentence = sentences.Sentences[i];
            var afterReport = reporting.Contains(i - 1) || lastAbout == i - 1;
            foreach (var length in StatedLength.In(text, sentence.Start, sentence.End, times))
            {
                if (length.Minutes < 24 * 60
                    && (reporting.Contains(i) || NamesEventBack(text, sentence.Start, length, afterReport))
                    && !OfOtherEvent(text, sentence, length, times, eventDays)
                    && !OfOtherParties(text, sentence, length, people, parties))
                {
                    lengths.Add(length);
                    lastAbout = i;
                }
            }
        }

        return lengths;
    }

    /// <summary>
    /// The date the mention's sentence gives the event: the mention's own, unless every expression of
    /// it there is one the event does not carry; then the first date of the sentence it does carry, if any.
    /// </summary>
    public static string? Date(Document document, EventMention mention)
    {
        var sentences = document.Require<SentenceLayer>();
        if (StoryReconciler.CalendarDate(mention.Date) is not { } claimed || sentences.IndexAt(mention.Start) is not (>= 0 and var index))
        {
            return StoryReconciler.CalendarDate(mention.Date);
        }

        var sentence = sentences.Sentences[index];
        var quotes = document.Require<QuoteLayer>().Quotes;
        var dates = document.Require<TimeLayer>().Times
            .Where(t => t.Start >= sentence.Start && t.End <= sentence.End && StoryReconciler.CalendarDate(t.Value) is not null)
            .ToList();
        bool Carried(TimeExpression date) =>
            !quotes.Any(q => q.Start <= date.Start && date.End <= q.End && !(q.Start <= mention.Start && mention.End <= q.End))
            && !AfterGreeting(document.Text, sentence.Start, date);

        var expressions = dates.Where(t => StoryReconciler.CalendarDate(t.Value) == claimed).ToList();
        if (expressions.Count == 0 || expressions.Any(Carried))
        {
            return claimed;
        }

        return dates.FirstOrDefault(Carried) is { } carried ? StoryReconciler.CalendarDate(carried.Value) : null;
    }

    /// <summary>
    /// "The call lasted nearly two hours" (or "It lasted ...", "It started at ... and ended at ..." right
    /// after a sentence about the event),
    /// "the leaders talked for two hours", "a 90-minute phone call".
    /// </summary>
    private static bool NamesEventBack(string text, int sentenceStart, StatedLength length, bool afterReport)
    {
        var before = Words(text[sentenceStart..length.Start]);
        var after = Words(text[length.End..Math.Min(text.Length, length.End + 40)]);
        var lengthVerb = before.TakeLast(LengthVerbWindow).Any(w => LengthVerbs.Contains(w) || TimeLexicon.Contains("spanstart", w))
            && (afterReport || before.Any(EventNouns.Contains));
        var talkedFor = before.Count > 0 && before[^1] == "for" && before.Any(TalkVerbs.Contains);
        var namedEvent = after.Take(NounWindow).Any(EventNouns.Contains);
        return lengthVerb || talkedFor || namedEvent;
    }

    /// <summary>
    /// A length whose clause names, as the ones who met or talked, a person who is none of the
    /// event's parties ("Macron and Putin talked for more than 90 minutes" in a report of a Biden call).
    /// People before the last speech verb ("Ushakov said") are sources, not parties.
    /// </summary>
    private static bool OfOtherParties(string text, TextSpan sentence, StatedLength length, List<(int Start, int End, string Name)> people, HashSet<string> parties)
    {
        if (parties.Count == 0)
        {
            return false;
        }

        var (start, _) = Clause(text, sentence, length.Start, length.End);
        var words = Word().Matches(text[start..length.Start]).ToList();
        var lastSpeech = words.LastOrDefault(w => ReferenceLexicon.IsSpeechVerb(w.Value));
        var from = lastSpeech is null ? start : start + lastSpeech.Index + lastSpeech.Length;
        return people.Any(p => p.Start >= from && p.End <= length.Start && !parties.Contains(p.Name));
    }

    /// <summary>A length whose clause names an earlier encounter ("since their two-hour meeting") or a date other than the event's.</summary>
    private static bool OfOtherEvent(string text, TextSpan sentence, StatedLength length, IEnumerable<TimeExpression> times, List<DateOnly> eventDays)
    {
        var (start, end) = Clause(text, sentence, length.Start, length.End);
        if (Words(text[start..length.Start]).Any(OtherEventWords.Contains))
        {
            return true;
        }

        return eventDays.Count > 0 && times.Any(t =>
            t.Type == "DATE" && t.Start < end && start < t.End && t.From is { } from && t.Until is { } until
            && !eventDays.Any(day => from.AddDays(-SameDayTolerance) <= day && day <= until.AddDays(SameDayTolerance)));
    }

    private static bool AfterGreeting(string text, int sentenceStart, TimeExpression date)
    {
        var (start, _) = Clause(text, new TextSpan(sentenceStart, date.End), date.Start, date.End);
        return Words(text[start..date.Start]).TakeLast(GreetingWindow).Any(GreetingWords.Contains);
    }

    /// <summary>The stretch of the sentence around a span up to the nearest punctuation that ends a clause.</summary>
    private static (int Start, int End) Clause(string text, TextSpan sentence, int spanStart, int spanEnd)
    {
        var start = spanStart;
        while (start > sentence.Start && !IsClauseBreak(text, start - 1))
        {
            start--;
        }

        var end = spanEnd;
        while (end < sentence.End && !IsClauseBreak(text, end))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>A comma between digits ("5,000") does not break a clause.</summary>
    private static bool IsClauseBreak(string text, int at) => text[at] switch
    {
        ',' => !(at > 0 && at + 1 < text.Length && char.IsDigit(text[at - 1]) && char.IsDigit(text[at + 1])),
        ';' or ':' or '(' or ')' or '—' or '–' => true,
        _ => false,
    };

    private static List<string> Words(string text) => [.. Word().Matches(text).Select(m => m.Value.ToLowerInvariant())];

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
