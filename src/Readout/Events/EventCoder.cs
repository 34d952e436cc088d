using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Readout.Entities;
using Readout.Pipeline;
using Readout.Text;
using Readout.Time;

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
    private const int ComplementGap = 6;

    /// <summary>Most words between a "before" modality cue and its trigger.</summary>
    private const int CueWindow = 4;

    public EventCoder()
        : this(EventLexicon.Standard, SentenceCues.Standard)
    {
    }

    public Document Annotate(Document document)
    {
        var tokens = document.Layer<TokenLayer>()?.Tokens ?? Tokenizer.Tokenize(document.Text);
        var sentences = document.Require<SentenceLayer>().Sentences;
        var names = EntityNames(document);
        var times = document.Layer<TimeLayer>()?.Times ?? [];
        var events = sentences.SelectMany(span =>
        {
            var sentence = SentenceView.Of(document.Text, span, tokens, cues);
            return Code(sentence, names is { } resolved ? NamesIn(sentence, resolved) : FallbackNames(sentence), times);
        });
        return document.With(new EventLayer([.. events]));
    }

    /// <summary>The events of one sentence, each head event with the mentions folded into it.</summary>
    public IEnumerable<EventMention> Code(SentenceView sentence, ImmutableArray<NameSpan> names, ImmutableArray<TimeExpression> times)
    {
        var matches = lexicon.Match(sentence.Words, sentence.Capitalized);
        var parents = FoldComplements(sentence, matches);
        var modality = new string[matches.Length];
        for (var i = 0; i < matches.Length; i++)
        {
            var own = Modality(sentence, matches[i]);
            modality[i] = own == "asserted" && parents[i] is { IsBackground: false } parent
                ? GovernedModality(matches[parent.Index].Pattern.Type, modality[parent.Index])
                : own;
        }

        EventMention Build(int i)
        {
            var embedded = EmbeddedIn(i);
            var mention = Mention(sentence, matches[i], names, times, modality[i], embedded);
            var threat = matches[i].Pattern.StatesIntent
                && Enumerable.Range(0, matches.Length).Any(j => parents[j] is { IsBackground: false } p && p.Index == i && cues.HostileTypes.Contains(matches[j].Pattern.Type));
            return threat ? mention with { Type = "THREATEN", Mode = null } : mention;
        }

        ImmutableArray<EventMention>? EmbeddedIn(int i)
        {
            var embedded = Enumerable.Range(0, matches.Length).Where(j => parents[j]?.Index == i).Select(Build).ToImmutableArray();
            return embedded.IsEmpty ? null : embedded;
        }

        return Enumerable.Range(0, matches.Length).Where(i => parents[i] is null).Select(Build).ToList();
    }

    private readonly record struct Parent(int Index, bool IsBackground);

    /// <summary>For each match, the match it is folded into (complement or cause adjunct), or null for a head.</summary>
    private Parent?[] FoldComplements(SentenceView sentence, ImmutableArray<PatternMatch> matches)
    {
        var parents = new Parent?[matches.Length];
        var background = new bool[matches.Length];
        for (var i = 0; i < matches.Length; i++)
        {
            var previousEnd = i > 0 ? matches[i - 1].Last : 0;
            background[i] = cues.Background.Any(phrase => sentence.PhraseBefore(phrase, matches[i].First, CueWindow + 1, previousEnd) is not null);
            if (!background[i] && i > 0
                && sentence.Clause[matches[i - 1].First] == sentence.Clause[matches[i].First]
                && matches[i].First - matches[i - 1].Last <= ComplementGap)
            {
                parents[i] = new Parent(i - 1, false);
            }
        }

        var heads = Enumerable.Range(0, matches.Length).Where(i => !background[i] && parents[i] is null).ToList();
        for (var i = 0; i < matches.Length; i++)
        {
            if (background[i] && heads.Count > 0)
            {
                var before = heads.Where(h => h < i).ToList();
                parents[i] = new Parent(before.Count > 0 ? before[^1] : heads.First(h => h > i), true);
            }
        }

        return parents;
    }

    private string GovernedModality(string governorType, string governorModality) =>
        cues.Modality.FirstOrDefault(c => c.Where == "governor" && c.Words.Length == 1 && c.Words[0] == governorType)?.Modality
        ?? governorModality;

    /// <summary>Negated over hypothetical over future over asserted, from the cues around the trigger.</summary>
    private string Modality(SentenceView sentence, PatternMatch match)
    {
        var clauseStart = sentence.ClauseStart(match.First);
        var found = cues.Modality.Where(cue => cue.Where switch
        {
            "before" => sentence.PhraseBefore(cue.Words, match.First, CueWindow, clauseStart) is not null,
            "clause" => sentence.PhraseBefore(cue.Words, match.First, match.First - clauseStart, clauseStart) is not null,
            "after" => sentence.PhraseAfter(cue.Words, match.Last, 3),
            _ => false,
        }).Select(cue => cue.Modality).ToHashSet();
        return new[] { "negated", "hypothetical", "future" }.FirstOrDefault(found.Contains) ?? "asserted";
    }

    private EventMention Mention(
        SentenceView sentence,
        PatternMatch match,
        ImmutableArray<NameSpan> names,
        ImmutableArray<TimeExpression> times,
        string modality,
        ImmutableArray<EventMention>? embedded)
    {
        var start = sentence.Tokens[match.First].Start;
        var end = sentence.Tokens[match.Last - 1].End;
        var participants = Participants.Of(sentence, match, names, cues);
        var inSentence = times.Where(t => t.Start >= sentence.Span.Start && t.End <= sentence.Span.End).ToList();
        return new EventMention(
            start,
            end,
            match.Pattern.Type,
            match.Pattern.Mode,
            participants.Actors,
            participants.Recipients,
            inSentence.FirstOrDefault(t => t.Type == "DATE")?.Value,
            Participants.Place(sentence, match, names, cues),
            inSentence.Where(t => t.Type == "DURATION").Select(t => Minutes(t.Value)).FirstOrDefault(m => m is not null),
            Participants.Initiator(sentence, match, names, cues, participants),
            modality,
            sentence.Text[start..end],
            sentence.Span.Start,
            sentence.Span.End,
            embedded);
    }

    /// <summary>Minutes of an ISO-8601 clock duration ("PT1H15M" → 75), or null.</summary>
    public static int? Minutes(string isoDuration)
    {
        var match = ClockDuration().Match(isoDuration);
        if (!match.Success || (!match.Groups["h"].Success && !match.Groups["m"].Success))
        {
            return null;
        }

        double Part(string name) => match.Groups[name].Success ? double.Parse(match.Groups[name].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return (int)Math.Round((Part("h") * 60) + Part("m"));
    }

    private static ImmutableArray<(int Start, int End, Entity Entity)>? EntityNames(Document document) =>
        document.Layer<EntityLayer>() is { } layer
            ? [.. layer.Entities.SelectMany(e => e.Mentions.Select(m => (m.Start, m.End, e)))]
            : null;

    private static ImmutableArray<NameSpan> NamesIn(SentenceView sentence, ImmutableArray<(int Start, int End, Entity Entity)> names) =>
        [.. names
            .Where(n => n.Start >= sentence.Span.Start && n.End <= sentence.Span.End)
            .Select(n => sentence.TokenRange(n.Start, n.End) is { } range ? new NameSpan(range.First, range.Last, n.Entity.Name, n.Entity.Type) : null)
            .OfType<NameSpan>()
            .OrderBy(n => n.First)];

    /// <summary>Runs of capitalized words ("Liberation Tigers of Tamil Eelam"), for when no entity layer ran.</summary>
    public ImmutableArray<NameSpan> FallbackNames(SentenceView sentence)
    {
        var spans = ImmutableArray.CreateBuilder<NameSpan>();
        var i = 0;
        while (i < sentence.Tokens.Length)
        {
            if (!IsNameWord(sentence, i))
            {
                i++;
                continue;
            }

            var last = i + 1;
            while (last < sentence.Tokens.Length && (IsNameWord(sentence, last)
                || (sentence.Words[last] is "of" or "for" or "and" or "de" && last + 1 < sentence.Tokens.Length && IsNameWord(sentence, last + 1) && sentence.Words[last] != "and")))
            {
                last++;
            }

            var name = sentence.Text[sentence.Tokens[i].Start..sentence.Tokens[last - 1].End];
            spans.Add(new NameSpan(i, last, PossessiveEnding().Replace(name, string.Empty)));
            i = last;
        }

        return spans.ToImmutable();
    }

    private bool IsNameWord(SentenceView sentence, int index)
    {
        var token = sentence.Tokens[index];
        var word = sentence.Text[token.Start..token.End];
        return token.Kind == TokenKind.Word && char.IsUpper(word[0]) && !cues.NotNames.Contains(PossessiveEnding().Replace(word, string.Empty));
    }

    [GeneratedRegex(@"^PT(?:(?<h>\d+(?:\.\d+)?)H)?(?:(?<m>\d+(?:\.\d+)?)M)?$")]
    private static partial Regex ClockDuration();

    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex PossessiveEnding();
}
