using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Readout.Sentences;
using Readout.Times;
using Readout.Tokens;

namespace Readout.Events;

/// <summary>
/// Decides which event an article reports and which of its event mentions are background.
/// A news report tells of something recent: a mention dated far from the publication date, or
/// introduced as earlier ("Prior to this, ...", "their previous call"), is about another
/// occurrence. Of the rest, a meeting or call in the lead (a container of what was agreed or said
/// at it) is the reported event, else the type mentioned most, the lead counting more. Its date is
/// the one nearest a mention of it in the lead, else the lead's first date of an event, else the
/// date of the statement that tells of it ("the Kremlin said on Friday"), else the publication
/// date; page stamps and datelines date the page, not the event. Its setting (by phone or in
/// person) is what most of its mentions say that name no one but its two main people (a
/// spokesman's trip, someone else's visit do not tell). Then every mention dated on another day,
/// and every mention of the reported type in the other setting ("five-hour talks in the Kremlin"
/// inside a report of a call), is marked <see cref="EventMention.Background"/>.
/// </summary>
public static partial class ReportedEventFinder
{
    public const string Phone = "phone";
    public const string InPerson = "in-person";

    /// <summary>Sentences that make the lead, which names the reported event.</summary>
    private const int LeadSentences = 4;

    /// <summary>The lead's mentions count this much more when picking the reported type.</summary>
    private const int LeadWeight = 2;

    /// <summary>Most days a reported past event lies before the publication date.</summary>
    private const int MaxAgeDays = 7;

    /// <summary>Most days an announced event lies after the publication date.</summary>
    private const int MaxLeadDays = 90;

    /// <summary>Days two dates may differ and still be one day (time zones, a night's call).</summary>
    public const int SameDayTolerance = 1;

    /// <summary>The people most named in the reported type's mentions, whose own meetings tell its setting.</summary>
    private const int Protagonists = 2;

    /// <summary>
    /// How much more a mention by phone tells the setting than one in person: reports of a call
    /// name the visits and meetings it planned, in words that rarely say they lie ahead.
    /// </summary>
    private const int PhoneWeight = 2;

    /// <summary>Most other words on the line of a date stamp.</summary>
    private const int MaxStampWords = 2;

    /// <summary>Most words between a verb of saying and the date of the statement.</summary>
    private const int StatementWindow = 4;

    private static readonly string[] InPersonModes = ["visit", "multilateral", "third-party"];

    public static (ImmutableArray<EventMention> Mentions, ReportedEvent? Reported) Find(
        ImmutableArray<EventMention> mentions,
        string text,
        SentenceLayer sentences,
        ImmutableArray<TimeExpression> times,
        DateOnly? published,
        SentenceCues cues,
        IReadOnlySet<string> people)
    {
        bool InLead(EventMention m) => sentences.IndexAt(m.Start) is >= 0 and < LeadSentences;
        var topLevel = mentions;
        mentions = [.. mentions.SelectMany(Flatten).OrderBy(m => m.Start)];
        var calendarDates = times.Where(t => t.Type == "DATE" && t.From is not null && t.Until is not null && !IsStamp(t, text)).ToList();
        var statementDates = calendarDates.Where(t => DatesStatement(t, text, sentences, cues)).ToList();
        var eventDates = calendarDates.Except(statementDates).ToList();
        var own = mentions.Select(m => OwnDate(m, text, eventDates, cues)).ToList();
        var prior = mentions.Select(m => HasPriorCue(m, text, cues, mentions)).ToList();
        var plausible = mentions.Select((m, i) => Plausible(own[i], m.Modality, published)).ToList();
        var candidates = Enumerable.Range(0, mentions.Length)
            .Where(i => mentions[i].Modality is "asserted" or "future" && !prior[i] && plausible[i])
            .ToList();
        if (candidates.Count == 0)
        {
            return (topLevel, null);
        }

        var type = candidates.Where(i => InLead(mentions[i]) && cues.ContainerTypes.Contains(mentions[i].Type))
                .Select(i => mentions[i].Type)
                .FirstOrDefault()
            ?? candidates
                .GroupBy(i => mentions[i].Type)
                .Select(g => (Type: g.Key, Weight: g.Sum(i => InLead(mentions[i]) ? 1 + LeadWeight : 1), First: g.Min()))
                .OrderByDescending(g => g.Weight)
                .ThenBy(g => g.First)
                .First().Type;
        var main = candidates.Where(i => mentions[i].Type == type).ToList();
        var protagonists = main.SelectMany(i => mentions[i].Actors.Concat(mentions[i].Recipients)).Where(people.Contains)
            .GroupBy(name => name)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(Protagonists)
            .Select(g => g.Key)
            .ToHashSet();
        bool Involves(EventMention m) =>
            m.Actors.Concat(m.Recipients).Where(people.Contains).ToList() is var named && (named.Count == 0 || named.Any(protagonists.Contains));
        DateOnly? FirstDay(IEnumerable<int> indices) => indices.Select(i => own[i]).FirstOrDefault(d => d is { IsDay: true })?.From;
        var asserted = main.Where(i => mentions[i].Modality == "asserted").ToList();
        List<EventMention> notReported = [.. mentions.Where((m, i) => prior[i] || !plausible[i])];
        var stated = FirstDay(asserted.Where(i => InLead(mentions[i]) && Involves(mentions[i])))
            ?? LeadDate(text, sentences, eventDates, calendarDates, published, cues, notReported)
            ?? FirstDay(main.Where(i => InLead(mentions[i]) && Involves(mentions[i])))
            ?? LeadDate(text, sentences, statementDates, calendarDates, published, cues, notReported);
        var date = stated ?? published;
        bool OnOtherDay(int i) => date is { } day && own[i] is { } when && !when.Contains(day);

        var heads = main.Where(i => topLevel.Contains(mentions[i])).ToList();
        var told = heads.Count > 0 ? heads : main;
        var settings = told.Where(i => !OnOtherDay(i) && Involves(mentions[i]))
            .Select(i => (Index: i, Setting: SettingOf(mentions[i], cues)))
            .Where(s => s.Setting is not null)
            .ToList();
        var setting = protagonists.Count < Protagonists ? null : settings.GroupBy(s => s.Setting)
            .OrderByDescending(g => g.Count() * (g.Key == Phone ? PhoneWeight : 1))
            .ThenBy(g => g.Min(s => s.Index))
            .FirstOrDefault()?.Key;

        bool IsBackground(int i) => prior[i] || !plausible[i] || (mentions[i].Modality == "asserted" && OnOtherDay(i))
            || (mentions[i].Type == type && setting is not null && SettingOf(mentions[i], cues) is { } other && other != setting);
        var background = Enumerable.Range(0, mentions.Length).Where(IsBackground).Select(i => mentions[i]).ToHashSet();
        var marked = topLevel.Select(m => m with { Background = background.Contains(m) }).ToImmutableArray();
        var participants = main.Where(i => !background.Contains(mentions[i]))
            .SelectMany(i => mentions[i].Actors.Concat(mentions[i].Recipients))
            .GroupBy(name => name)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key);
        // Without a publication date nothing tells a recent date from a background one: the event stays undated.
        return published is null
            ? (marked, new ReportedEvent(type, setting, null, false, [.. participants]))
            : (marked, new ReportedEvent(type, setting, date is { } day ? Iso(day) : null, stated is not null, [.. participants]));
    }

    /// <summary>A page's date stamp rather than a date in its prose: written in digits ("2022-02-13"), or alone on its line ("By | November 16, 2023").</summary>
    private static bool IsStamp(TimeExpression time, string text)
    {
        if (!time.Text.Any(char.IsLetter))
        {
            return true;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, time.Start - 1)) + 1;
        if (Dateline().IsMatch(text[lineStart..time.Start]))
        {
            return true;
        }

        var lineEnd = text.IndexOf('\n', time.End) is var end and >= 0 ? end : text.Length;
        var rest = text[lineStart..time.Start] + " " + text[time.End..lineEnd];
        return rest.Split([' ', '|', ',', '.'], StringSplitOptions.RemoveEmptyEntries).Count(word => word.Any(char.IsLetter)) <= MaxStampWords;
    }

    /// <summary>A date right after a verb of saying dates the statement ("told journalists on Tuesday"), not the event.</summary>
    private static bool DatesStatement(TimeExpression time, string text, SentenceLayer sentences, SentenceCues cues)
    {
        var sentence = sentences.IndexAt(time.Start);
        var start = sentence >= 0 ? sentences.Sentences[sentence].Start : 0;
        var words = text[start..time.Start].Split([' ', '\n', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.TakeLast(StatementWindow).Any(word => cues.Statement.Contains(word.ToLowerInvariant()));
    }

    /// <summary>A mention and those folded into it: a call the lead tells of inside what was said at it is still a mention of the call.</summary>
    private static IEnumerable<EventMention> Flatten(EventMention mention) =>
        mention.Embedded is { } embedded ? embedded.SelectMany(Flatten).Prepend(mention) : [mention];

    /// <summary>"phone", "in-person" (a visit, a summit, a meeting, a place named), or null when the mention does not tell.</summary>
    public static string? SettingOf(EventMention mention, SentenceCues cues)
    {
        if (mention.Mode == Phone)
        {
            return Phone;
        }

        var firstWord = (mention.Trigger ?? string.Empty).Split(' ')[0].ToLowerInvariant();
        return InPersonModes.Contains(mention.Mode) || mention.Place is not null || cues.InPerson.Contains(firstWord) ? InPerson : null;
    }

    /// <summary>Whether two event days can be one event.</summary>
    public static bool SameDay(DateOnly first, DateOnly second) => Math.Abs(first.DayNumber - second.DayNumber) <= SameDayTolerance;

    /// <summary>The span of days a date expression covers ("2023-11" is all of November).</summary>
    private sealed record Period(DateOnly From, DateOnly Until)
    {
        public bool IsDay => From == Until;

        public bool Contains(DateOnly day) => From.DayNumber - SameDayTolerance <= day.DayNumber && day.DayNumber <= Until.DayNumber + SameDayTolerance;
    }

    /// <summary>
    /// The date expression of the mention's sentence nearest its trigger, unless it only bounds
    /// the event ("since December", "until Friday").
    /// </summary>
    private static Period? OwnDate(EventMention mention, string text, List<TimeExpression> times, SentenceCues cues)
    {
        var (start, end) = (mention.SentenceStart ?? mention.Start, mention.SentenceEnd ?? mention.End);
        return times
            .Where(t => t.Start >= start && t.End <= end && !IsBound(t, text, start, cues))
            .OrderBy(t => t.End <= mention.Start ? mention.Start - t.End : Math.Max(0, t.Start - mention.End))
            .ThenBy(t => t.Start)
            .Select(t => new Period(t.From!.Value, t.Until!.Value))
            .FirstOrDefault();
    }

    private static bool IsBound(TimeExpression time, string text, int sentenceStart, SentenceCues cues)
    {
        var before = text[sentenceStart..time.Start].TrimEnd();
        var space = before.LastIndexOfAny([' ', '\n', '\t', '(']);
        var word = before[(space + 1)..].ToLowerInvariant();
        return cues.DateBounds.Contains(word) || cues.DateBounds.Contains(time.Text.Split(' ')[0].ToLowerInvariant());
    }

    /// <summary>
    /// A cue before the trigger in its sentence, with no other trigger between, that sets the event
    /// before the reported one ("Prior to this, they held a call", "who last spoke with Xi").
    /// </summary>
    private static bool HasPriorCue(EventMention mention, string text, SentenceCues cues, ImmutableArray<EventMention> mentions)
    {
        var sentenceStart = mention.SentenceStart ?? mention.Start;
        var start = mentions.Where(m => m.End <= mention.Start && m.Start >= sentenceStart).Select(m => m.End).DefaultIfEmpty(sentenceStart).Max();
        var words = Tokenizer.Tokenize(text[start..mention.Start])
            .Where(t => t.Kind == TokenKind.Word)
            .Select(t => text[(start + t.Start)..(start + t.End)].ToLowerInvariant())
            .ToList();
        foreach (var phrase in cues.Prior)
        {
            for (var at = 0; at + phrase.Length <= words.Count; at++)
            {
                if (CollectionsMarshal.AsSpan(words).Slice(at, phrase.Length).SequenceEqual(phrase.AsSpan()))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A past event dated from a week before publication to the publication date; an announced one up to months ahead.</summary>
    private static bool Plausible(Period? date, string modality, DateOnly? published)
    {
        if (date is null || published is not { } day)
        {
            return true;
        }

        var (from, until, today) = (date.From.DayNumber, date.Until.DayNumber, day.DayNumber);
        return modality == "asserted"
            ? until >= today - MaxAgeDays && from <= today
            : until >= today - SameDayTolerance && from <= today + MaxLeadDays;
    }

    /// <summary>
    /// The first day the lead dates that is recent, does not bound, and is neither in a sentence
    /// about an earlier event nor in a paragraph that dates something long past (a photo caption
    /// from another year, whose "Thursday" is that year's).
    /// </summary>
    private static DateOnly? LeadDate(string text, SentenceLayer sentences, List<TimeExpression> times, List<TimeExpression> allDates, DateOnly? published, SentenceCues cues, List<EventMention> background)
    {
        int SentenceStart(int offset) => sentences.IndexAt(offset) is >= 0 and var index ? sentences.Sentences[index].Start : offset;
        var pastParagraphs = allDates
            .Where(t => !IsBound(t, text, SentenceStart(t.Start), cues) && !Plausible(new Period(t.From!.Value, t.Until!.Value), "asserted", published))
            .Select(t => Paragraph(text, t.Start))
            .ToHashSet();
        foreach (var time in times.Where(t => t.From == t.Until).OrderBy(t => t.Start))
        {
            var sentence = sentences.IndexAt(time.Start);
            if (sentence < 0 || sentence >= LeadSentences)
            {
                break;
            }

            var start = sentences.Sentences[sentence].Start;
            if (!IsBound(time, text, start, cues)
                && Plausible(new Period(time.From!.Value, time.Until!.Value), "asserted", published)
                && !background.Any(m => m.SentenceStart == start)
                && !pastParagraphs.Contains(Paragraph(text, time.Start)))
            {
                return time.From;
            }
        }

        return null;
    }

    /// <summary>Where the paragraph (the text between line breaks) holding the offset starts.</summary>
    private static int Paragraph(string text, int offset) => text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;

    /// <summary>The place of a dateline before its date ("MOSCOW, ", "WOODSIDE, Calif., ", "MOSCOW (Sputnik - ").</summary>
    [GeneratedRegex(@"^\s*[A-Z][A-Z .'-]{2,}(, [A-Z][A-Za-z.]*\.?)?\s*(,|\([^)]*)\s*$")]
    private static partial Regex Dateline();

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
