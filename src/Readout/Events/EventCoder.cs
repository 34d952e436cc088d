using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Readout.Core;
using Readout.Entities;
using Readout.Sentences;
using Readout.Times;
using Readout.Tokens;

namespace Readout.Events;

/// <summary>
/// Codes the event mentions of each sentence with PLOVER 2.0 types and modes from the
/// plover-TYPE.tsv lexicons. Within a sentence, a trigger that stands in the complement of
/// another ("threatened to impose sanctions", "demanded the withdrawal") or in a cause adjunct
/// ("after two days of fighting") is folded into that event as <see cref="EventMention.Embedded"/>,
/// the way PLOVER codes one event per clause. Adds the <see cref="EventLayer"/>.
/// </summary>
public sealed partial class EventCoder(EventLexicon lexicon, SentenceCues cues) : IAnnotator
{
    /// <summary>Most words between a trigger and a trigger in its complement.</summary>
    private const int ComplementGap = 10;

    /// <summary>The rank of a trigger in a report's source: a head only when no other trigger is.</summary>
    private const int ReportingRank = 100;

    /// <summary>Most words between a "before" modality cue and its trigger.</summary>
    private const int CueWindow = 4;

    /// <summary>Most words between a trigger and an "after" modality phrase; a one-word cue must follow the trigger ("talks planned").</summary>
    private const int AfterWindow = 5;

    public EventCoder()
        : this(EventLexicon.Standard, SentenceCues.Standard)
    {
    }

    public IReadOnlyList<Type> Requires { get; } = [typeof(TokenLayer), typeof(SentenceLayer), typeof(EntityLayer), typeof(ReferenceLayer), typeof(TimeLayer)];

    public Type Adds => typeof(EventLayer);

    public Document Annotate(Document document)
    {
        var view = TokenView.Of(document);
        var sentences = document.Require<SentenceLayer>().Sentences;
        var names = EntityNames(document);
        var times = document.Require<TimeLayer>().Times;
        var events = sentences.SelectMany(span =>
        {
            var sentence = SentenceView.Of(view, span, cues);
            return Code(sentence, NamesIn(sentence, names), times);
        }).ToImmutableArray();
        var people = document.Require<EntityLayer>().Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var (marked, reported) = ReportedEventFinder.Find(events, document.Text, document.Require<SentenceLayer>(), times, document.Article.PublishedDate, cues, people);
        return document.With(new EventLayer(marked, reported));
    }

    /// <summary>
    /// The events of one sentence, each head event with the mentions folded into it; a head without
    /// a mode takes the mode of a folded mention of its own type ("met ... by phone").
    /// </summary>
    public IEnumerable<EventMention> Code(SentenceView sentence, ImmutableArray<NameSpan> names, ImmutableArray<TimeExpression> times)
    {
        if (!lexicon.MayMatch(sentence.Words))
        {
            return [];
        }

        var matches = lexicon.Match(sentence.Words, sentence.Capitalized, [.. Enumerable.Range(0, sentence.Words.Length).Select(i => IsNameWord(sentence, i))])
            .Where(m => !IsAdjectivalParticiple(sentence, m))
            .ToImmutableArray();
        var (depth, reporting) = SubordinateDepth(sentence);
        var parents = Fold(sentence, matches, depth, reporting);
        var parties = names.Where(n => !reporting[n.First]).ToImmutableArray();
        var modality = new (string Modality, bool Intent)?[matches.Length];
        (string Modality, bool Intent) ModalityOf(int i)
        {
            if (modality[i] is not { } known)
            {
                var own = Modality(sentence, matches[i]);
                known = own.Modality == "asserted" && parents[i] is { IsComplement: true } parent
                    ? (GovernedModality(matches[parent.Index].Pattern.Type, ModalityOf(parent.Index).Modality), false)
                    : own;
                modality[i] = known;
            }

            return known;
        }

        EventMention Build(int i)
        {
            var embedded = Enumerable.Range(0, matches.Length).Where(j => parents[j]?.Index == i).Select(Build).ToImmutableArray();
            var next = i + 1 < matches.Length ? matches[i + 1].First : sentence.Words.Length;
            var mention = Mention(sentence, matches[i], next, parties, times, ModalityOf(i).Modality, embedded.IsEmpty ? null : embedded);
            if (mention.Mode is null && embedded.FirstOrDefault(e => e.Type == mention.Type && e.Mode is not null) is { } specific)
            {
                mention = mention with { Mode = specific.Mode };
            }

            var hostileContent = Enumerable.Range(0, matches.Length)
                .Any(j => parents[j] is { IsComplement: true } p && p.Index == i && cues.HostileTypes.Contains(matches[j].Pattern.Type));
            return matches[i].Pattern.StatesIntent && hostileContent ? mention with { Type = "THREATEN", Mode = null } : mention;
        }

        return Enumerable.Range(0, matches.Length)
            .Where(i => parents[i] is null)
            .Select(i => ModalityOf(i).Intent ? AsStatedIntent(sentence, matches[i], Build(i)) : Build(i))
            .ToList();
    }

    /// <summary>
    /// An actor's statement of what it will or would do is coded as PLOVER does: a promise (AGREE),
    /// a threat (THREATEN: a hostile act, or any act "unless" something happens) or a refusal (REJECT:
    /// "will not"), with the announced event, future or hypothetical, inside it.
    /// </summary>
    private EventMention AsStatedIntent(SentenceView sentence, PatternMatch match, EventMention announced)
    {
        var type = announced.Type;
        var conditional = cues.ThreatConditions.Any(c => sentence.Words.Skip(match.Last).Contains(c));
        var recoded = announced.Modality == "negated" && (cues.HostileTypes.Contains(type) || cues.CooperativeTypes.Contains(type)) ? "REJECT"
            : cues.HostileTypes.Contains(type) || (conditional && cues.CooperativeTypes.Contains(type)) ? "THREATEN"
            : cues.CooperativeTypes.Contains(type) ? "AGREE"
            : null;
        return recoded is null ? announced : announced with { Type = recoded, Mode = null, Modality = "asserted", Embedded = [announced] };
    }

    /// <summary>What a non-head mention is folded into, and whether it is the content (complement) of that event.</summary>
    private readonly record struct Parent(int Index, bool IsComplement);

    /// <summary>
    /// For each match, the match it is folded into, or null for a head: a noun qualifying the next
    /// trigger ("ceasefire negotiations"), a trigger in the complement of a trigger that takes one
    /// ("demanded the withdrawal") or repeating its type ("donated blankets and medicine"). Of the
    /// rest, the least subordinate are the heads (main clauses before subordinate ones: relative,
    /// adverbial, participial, infinitive, cause adjuncts; a report's source ", relief officials
    /// said" last), and the others are folded into the nearest head before them, else after them.
    /// </summary>
    private Parent?[] Fold(SentenceView sentence, ImmutableArray<PatternMatch> matches, int[] depth, bool[] reporting)
    {
        var parents = new Parent?[matches.Length];
        var rank = new int[matches.Length];
        for (var i = 0; i < matches.Length; i++)
        {
            var previousEnd = i > 0 ? matches[i - 1].Last : 0;
            var background = cues.Background.Any(phrase => sentence.PhraseBefore(phrase, matches[i].First, CueWindow + 1, previousEnd) is not null);
            rank[i] = reporting[matches[i].First] ? ReportingRank
                : depth[matches[i].First] + (background || IsParticiple(sentence, matches[i]) || IsInfinitive(sentence, matches[i]) ? 1 : 0);
            if (i > 0 && IsCompoundModifier(sentence, matches[i - 1], matches[i]))
            {
                parents[i] = parents[i - 1];
                parents[i - 1] = new Parent(i, true);
                rank[i] = Math.Min(rank[i], rank[i - 1]);
            }
            else if (!background && i > 0
                && (cues.GovernorTypes.Contains(matches[i - 1].Pattern.Type) || matches[i - 1].Pattern.Type == matches[i].Pattern.Type)
                && sentence.Clause[matches[i - 1].First] == sentence.Clause[matches[i].First]
                && matches[i].First - matches[i - 1].Last <= ComplementGap)
            {
                parents[i] = new Parent(i - 1, true);
            }
        }

        var candidates = Enumerable.Range(0, matches.Length).Where(i => parents[i] is null).ToList();
        var heads = candidates.Count == 0 ? [] : candidates.Where(i => rank[i] == candidates.Min(c => rank[c])).ToList();
        foreach (var i in candidates.Except(heads))
        {
            var before = heads.Where(h => h < i).ToList();
            parents[i] = new Parent(before.Count > 0 ? before[^1] : heads.First(h => h > i), false);
        }

        return parents;
    }

    /// <summary>
    /// How deep each token is in subordinate clauses: each subordinating word opens one more level
    /// up to the next punctuation boundary ("said that [1] ... before [2] ..."), and a comma-led
    /// participle clause (", killing 20 people") is one level down; and which tokens name the source
    /// of a report: a comma-led clause up to its reporting verb (", relief officials said", not what
    /// follows "said that") or a phrase such as "according to Ushakov" up to the next punctuation.
    /// </summary>
    private (int[] Depth, bool[] Reporting) SubordinateDepth(SentenceView sentence)
    {
        var words = sentence.Words;
        var depth = new int[words.Length];
        var reporting = new bool[words.Length];
        var level = 0;
        for (var i = 0; i < words.Length; i++)
        {
            level = IsPunctuationBoundary(words[i]) ? 0
                : cues.Subordinators.Contains(words[i]) && !sentence.Capitalized[i] ? level + 1
                : level;
            depth[i] = level;
            reporting[i] = !IsPunctuationBoundary(words[i]) && (cues.SourceIntroducers.Contains(words[i]) || (i > 0 && reporting[i - 1]));
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] != ",")
            {
                continue;
            }

            var end = i + 1;
            while (end < words.Length && !IsPunctuationBoundary(words[end]))
            {
                end++;
            }

            if (end > i + 1 && words[i + 1].EndsWith("ing", StringComparison.Ordinal) && !sentence.Capitalized[i + 1])
            {
                for (var k = i + 1; k < end; k++)
                {
                    depth[k]++;
                }
            }

            var verb = Enumerable.Range(i + 1, end - i - 1).FirstOrDefault(k => cues.Reporting.Contains(words[k]), -1);
            if (verb > 0)
            {
                Array.Fill(reporting, true, i + 1, verb - i);
            }
        }

        return (depth, reporting);
    }

    /// <summary>
    /// A one-word noun trigger right before another that it qualifies ("ceasefire negotiations",
    /// "the aid deliveries"): uninflected, and at the start or after a determiner or preposition.
    /// </summary>
    private bool IsCompoundModifier(SentenceView sentence, PatternMatch modifier, PatternMatch head) =>
        modifier.Last == head.First
        && modifier.Last - modifier.First == 1
        && !IsInflectedVerb(sentence.Words[modifier.First])
        && (modifier.First == 0 || cues.Determiners.Contains(sentence.Words[modifier.First - 1]));

    /// <summary>
    /// A past participle right after a determiner or preposition describes a noun ("evacuated the
    /// wounded", "freed the detained activists"): it names no event of its own.
    /// </summary>
    private bool IsAdjectivalParticiple(SentenceView sentence, PatternMatch match) =>
        match.First > 0
        && sentence.Words[match.First].EndsWith("ed", StringComparison.Ordinal)
        && cues.Determiners.Contains(sentence.Words[match.First - 1]);

    private static bool IsInflectedVerb(string word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal);

    private bool IsPunctuationBoundary(string word) => cues.Boundaries.Contains(word) && !char.IsLetter(word[0]);

    /// <summary>A trigger in an infinitive ("to demand reforms"), which names a purpose or a plan.</summary>
    private static bool IsInfinitive(SentenceView sentence, PatternMatch match) => match.First > 0 && sentence.Words[match.First - 1] == "to";

    /// <summary>An -ing trigger that is not progressive nor a noun after a determiner ("..., killing 20 people").</summary>
    private bool IsParticiple(SentenceView sentence, PatternMatch match) =>
        match.First > 0
        && sentence.Words[match.First].EndsWith("ing", StringComparison.Ordinal)
        && !cues.Passive.Contains(sentence.Words[match.First - 1])
        && !cues.Determiners.Contains(sentence.Words[match.First - 1]);

    private string GovernedModality(string governorType, string governorModality) =>
        cues.Modality.FirstOrDefault(c => c.Where == "governor" && c.Words.Length == 1 && c.Words[0] == governorType)?.Modality
        ?? governorModality;

    /// <summary>
    /// Negated over hypothetical over future over asserted, from the cues around the trigger, and
    /// whether a cue states the subject's intent ("will", "plans to").
    /// </summary>
    private (string Modality, bool Intent) Modality(SentenceView sentence, PatternMatch match)
    {
        var clauseStart = sentence.ClauseStart(match.First);
        var found = cues.Modality.Where(cue => cue.Where switch
        {
            "before" => sentence.PhraseBefore(cue.Words, match.First, CueWindow, clauseStart) is not null,
            "clause" => sentence.PhraseBefore(cue.Words, match.First, match.First - clauseStart, clauseStart) is not null,
            "after" => sentence.PhraseAfter(cue.Words, match.Last, cue.Words.Length == 1 ? 0 : AfterWindow),
            _ => false,
        }).ToList();
        var modality = new[] { "negated", "hypothetical", "future" }.FirstOrDefault(m => found.Any(c => c.Modality == m)) ?? "asserted";
        return (modality, found.Any(c => c.StatesIntent));
    }

    private EventMention Mention(
        SentenceView sentence,
        PatternMatch match,
        int nextTrigger,
        ImmutableArray<NameSpan> names,
        ImmutableArray<TimeExpression> times,
        string modality,
        ImmutableArray<EventMention>? embedded)
    {
        var start = sentence.Tokens[match.First].Start;
        var end = sentence.Tokens[match.Last - 1].End;
        var participants = Participants.Of(sentence, match, nextTrigger, names, cues);
        var inSentence = times.Where(t => t.Start >= sentence.Span.Start && t.End <= sentence.Span.End).ToList();
        return new EventMention(
            start,
            end,
            match.Pattern.Type,
            match.Pattern.Mode,
            participants.Actors,
            participants.Recipients,
            inSentence.FirstOrDefault(t => t.Type == "DATE" && CalendarValue().IsMatch(t.Value))?.Value,
            Participants.Place(sentence, match, names, cues),
            inSentence.Where(t => t.Type == "DURATION" && t.Minutes is > 0).Select(t => (int?)(int)Math.Round(t.Minutes!.Value)).FirstOrDefault(),
            match.Pattern.Type == "CONSULT" ? Participants.Initiator(sentence, match, names, cues, participants) : null,
            modality,
            sentence.Text[start..end],
            sentence.Span.Start,
            sentence.Span.End,
            embedded);
    }

    private static ImmutableArray<(int Start, int End, Entity Entity)> EntityNames(Document document) =>
        [.. document.Require<EntityLayer>().Entities.SelectMany(e => e.Mentions.Select(m => (e, m))).Concat(document.Require<ReferenceLayer>().Mentions()).Select(p => (p.Item2.Start, p.Item2.End, p.Item1))];

    /// <summary>
    /// The entity mentions of the sentence as names. A mention inside a wider one ("U.S." in "U.S.
    /// President") and one right before another ("Kremlin aide" before "Yury Ushakov") only qualify
    /// the name that follows, which stands for them. A group mention ("the two presidents") gives
    /// every member.
    /// </summary>
    private static ImmutableArray<NameSpan> NamesIn(SentenceView sentence, ImmutableArray<(int Start, int End, Entity Entity)> names)
    {
        var spans = names
            .Where(n => n.Start >= sentence.Span.Start && n.End <= sentence.Span.End)
            .Select(n => sentence.TokenRange(n.Start, n.End) is { } range ? new NameSpan(range.First, range.Last, n.Entity.Name, n.Entity.Type) : null)
            .OfType<NameSpan>()
            .ToList();
        var outermost = spans
            .Where(s => !spans.Any(o => o != s && o.First <= s.First && s.Last <= o.Last && o.Last - o.First > s.Last - s.First))
            .DistinctBy(s => (s.First, s.Last, s.Name))
            .OrderBy(s => s.First)
            .ToList();
        return [.. outermost.Where((s, i) => i + 1 >= outermost.Count || outermost[i + 1].First != s.Last)];
    }

    /// <summary>A capitalized word that can start a name ("Trump", not "The" or "President").</summary>
    private bool IsNameWord(SentenceView sentence, int index) =>
        IsCapitalizedWord(sentence, index)
        && !cues.NotNames.Contains(PossessiveEnding().Replace(sentence.Text[sentence.Tokens[index].Start..sentence.Tokens[index].End], string.Empty));

    private static bool IsCapitalizedWord(SentenceView sentence, int index) =>
        sentence.Tokens[index].Kind == TokenKind.Word && char.IsUpper(sentence.Text[sentence.Tokens[index].Start]);

    /// <summary>A TIMEX3 value on the calendar ("2025-12-28", "2025-W52"), not a reference such as FUTURE_REF.</summary>
    [GeneratedRegex(@"^\d{4}")]
    private static partial Regex CalendarValue();

    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex PossessiveEnding();
}
