using Readout.Core;
using Readout.Entities;
using Readout.Sentences;
using Readout.Tokens;

namespace Readout.Quotes;

/// <summary>
/// Adds the <see cref="QuoteLayer"/>: every quotation in quotation marks, and every transcript
/// paragraph after a speaker label, with its speaker, cue, channel, audience and who relayed it.
/// A quotation with no cue of its own continues the one just before it (same sentence, the next
/// sentence, or the next paragraph of a multi-paragraph quotation). Speaker phrases are resolved
/// through the entity and reference layers; a phrase they do not account for stays as written.
/// </summary>
public sealed class QuoteAnnotator : IAnnotator
{
    private const int MaxFragmentWords = 4;
    private const int MaxTitleWords = 8;

    public IReadOnlyList<Type> Requires { get; } = [typeof(TokenLayer), typeof(SentenceLayer), typeof(EntityLayer), typeof(ReferenceLayer)];

    public Type Adds => typeof(QuoteLayer);

    public Document Annotate(Document document)
    {
        var text = document.Text;
        var words = TokenView.Of(document);
        var units = Units(text);
        var spans = units.Select(u => u.Quote).ToList();
        var finder = new CueFinder(words, spans);
        var mentions = Mentions(document);
        var sentences = document.Require<SentenceLayer>();

        string? Resolve(TextSpan phrase) => EntityNameAt(mentions, phrase) ?? Unresolved(words, phrase);

        var quotes = new List<Quotation>();
        var attributions = new List<Attribution?>();
        for (var i = 0; i < units.Count; i++)
        {
            var (quote, label) = units[i];
            var attribution = label is { } l ? new Attribution(l, l) : finder.Find(i);
            attributions.Add(attribution);
            var previous = i > 0 ? quotes[i - 1] : null;
            var speaker = attribution switch
            {
                { SameAsPrevious: true } when previous?.Speaker is not null => previous.Speaker,
                { Speaker: { } phrase } => Resolve(phrase),
                _ => null,
            };
            if (attribution is null && previous is not null && Continues(units, sentences, i))
            {
                quotes.Add(Build(text, quote, previous.Speaker, attribution) with { ReportedBy = previous.ReportedBy });
                continue;
            }

            var quotation = Build(text, quote, speaker, attribution);
            var reportedBy = attribution switch
            {
                { SameAsPrevious: true } => previous?.ReportedBy,
                { ReportedBy: { } relay } => Resolve(relay),
                _ => null,
            };
            quotes.Add(quotation with { ReportedBy = reportedBy });
        }

        var filled = FillChains(units, quotes).ToList();
        return document.With(new QuoteLayer([.. Statements(units, attributions, filled, finder).Select(group => Join(text, group))]));
    }

    /// <summary>
    /// Groups the quoted stretches of one statement: the paragraphs of a multi-paragraph quotation,
    /// the halves around an interrupting cue, cue-less pieces later in the same sentence ("security
    /// issues" ... "economic matters"), and a cue-less sentence that goes on from the one before.
    /// </summary>
    private static List<List<Quotation>> Statements(
        IReadOnlyList<(QuotedSpan Quote, TextSpan? Label)> units, List<Attribution?> attributions, List<Quotation> quotes, CueFinder finder)
    {
        var groups = new List<List<Quotation>>();
        for (var i = 0; i < units.Count; i++)
        {
            var joins = i > 0 && units[i].Label is null && groups[^1][^1].Speaker == quotes[i].Speaker && (
                units[i].Quote.Chain == units[i - 1].Quote.Chain
                || attributions[i] is { Cue: { } cue } && attributions[i - 1]?.Cue == cue
                || attributions[i] is null && finder.SharesSentenceWithPrevious(i)
                || attributions[i] is null && !quotes[i - 1].Fragment && OpensSentence(finder, i) && !units[i - 1].Label.HasValue);
            if (joins)
            {
                groups[^1].Add(quotes[i]);
            }
            else
            {
                groups.Add([quotes[i]]);
            }
        }

        return groups;
    }

    private static bool OpensSentence(CueFinder finder, int unit)
    {
        var (first, last) = finder.BeforeFrame(unit);
        return first > last;
    }

    private static Quotation Join(string text, List<Quotation> parts)
    {
        var first = parts[0];
        var end = parts[^1].End;
        return first with
        {
            End = end,
            Text = text[first.Start..end],
            Fragment = parts.All(p => p.Fragment),
            Speaker = parts.Select(p => p.Speaker).FirstOrDefault(s => s is not null),
            ReportedBy = parts.Select(p => p.ReportedBy).FirstOrDefault(s => s is not null),
            Channel = parts.Select(p => p.Channel).FirstOrDefault(s => s is not null),
            Audience = parts.Select(p => p.Audience).FirstOrDefault(s => s is not null),
            CueStart = parts.Select(p => p.CueStart).FirstOrDefault(s => s is not null),
            CueEnd = parts.Select(p => p.CueEnd).FirstOrDefault(s => s is not null),
            SpeakerStart = parts.Select(p => p.SpeakerStart).FirstOrDefault(s => s is not null),
            SpeakerEnd = parts.Select(p => p.SpeakerEnd).FirstOrDefault(s => s is not null),
            Parts = [.. parts.Select(p => new QuotePart(p.Start, p.End))],
        };
    }

    private static Quotation Build(string text, QuotedSpan quote, string? speaker, Attribution? attribution)
    {
        var words = text[quote.Start..quote.End];
        var tokens = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var title = tokens.Length <= MaxTitleWords && !words.EndsWith('.') && tokens.All(t => char.IsUpper(t[0]) || !char.IsLetter(t[0]) || QuoteLexicon.ClassOf(t) is not null);
        var fragment = title || tokens.Length <= MaxFragmentWords && (tokens.Length <= 2 || !char.IsUpper(words[0])) && !words.EndsWith('!') && !words.EndsWith('?');
        return new Quotation(
            quote.Start,
            quote.End,
            words,
            speaker,
            fragment,
            Channel: attribution?.Channel?.Of(text),
            Audience: attribution?.Audience?.Of(text),
            CueStart: attribution?.Cue?.Start,
            CueEnd: attribution?.Cue?.End,
            SpeakerStart: attribution?.Speaker?.Start,
            SpeakerEnd: attribution?.Speaker?.End);
    }

    /// <summary>A quotation with no cue continues the previous one when it is in the same or the next sentence.</summary>
    private static bool Continues(IReadOnlyList<(QuotedSpan Quote, TextSpan? Label)> units, SentenceLayer sentences, int unit)
    {
        var previous = units[unit - 1].Quote;
        var current = units[unit].Quote;
        if (previous.Chain == current.Chain)
        {
            return true;
        }

        var previousSentence = sentences.IndexAt(Math.Max(previous.Start, previous.End - 1));
        var sentence = sentences.IndexAt(current.Start);
        return previousSentence >= 0 && sentence >= 0 && sentence - previousSentence <= 1;
    }

    /// <summary>Paragraphs of one multi-paragraph quotation share the speaker a later paragraph's cue gives.</summary>
    private static IEnumerable<Quotation> FillChains(IReadOnlyList<(QuotedSpan Quote, TextSpan? Label)> units, List<Quotation> quotes)
    {
        var speakerOfChain = units.Zip(quotes).Where(pair => pair.Second.Speaker is not null)
            .GroupBy(pair => pair.First.Quote.Chain).ToDictionary(g => g.Key, g => g.First().Second.Speaker);
        return units.Zip(quotes).Select(pair => pair.Second.Speaker is null && speakerOfChain.TryGetValue(pair.First.Quote.Chain, out var speaker)
            ? pair.Second with { Speaker = speaker }
            : pair.Second);
    }

    /// <summary>Quoted spans, with a transcript label inside one split off, and unquoted transcript paragraphs.</summary>
    private static List<(QuotedSpan Quote, TextSpan? Label)> Units(string text)
    {
        var quoted = QuoteMarks.Find(text);
        var units = new List<(QuotedSpan, TextSpan?)>();
        foreach (var quote in quoted)
        {
            var label = TranscriptLabels.At(text, quote.Start, quote.End);
            units.Add(label is null ? (quote, null) : (quote with { Start = label.BodyStart }, label.Label));
        }

        var labels = TranscriptLabels.Find(text).Where(l => !quoted.Any(q => q.Open <= l.Label.Start && l.Label.Start <= q.End)).ToList();
        var chain = quoted.Length == 0 ? 0 : quoted.Max(q => q.Chain) + 1;
        for (var i = 0; i < labels.Count; i++)
        {
            var end = i + 1 < labels.Count ? labels[i + 1].Label.Start : text.Length;
            while (end > labels[i].BodyStart && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            units.RemoveAll(u => u.Item1.Open >= labels[i].BodyStart && u.Item1.Close <= end);
            units.Add((new QuotedSpan(labels[i].Label.Start, end, labels[i].BodyStart, end, chain++), labels[i].Label));
        }

        // A quotation inside another is part of the outer speaker's words.
        return [.. units.Where(u => !units.Any(outer => outer.Item1.Start < u.Item1.Open && u.Item1.Close < outer.Item1.End)).OrderBy(u => u.Item1.Open)];
    }

    /// <summary>Every mention of the document's entities: their names and what the reference layer resolved.</summary>
    private static List<(Entity Entity, Mention Mention)> Mentions(Document document) =>
    [
        .. document.Require<EntityLayer>().Entities.SelectMany(entity => entity.Mentions.Select(mention => (entity, mention))),
        .. document.Require<ReferenceLayer>().Mentions(),
    ];

    /// <summary>The canonical name of the entity one of whose mentions overlaps the phrase, preferring people.</summary>
    private static string? EntityNameAt(List<(Entity Entity, Mention Mention)> mentions, TextSpan phrase) =>
        mentions
            .Where(pair => new TextSpan(pair.Mention.Start, pair.Mention.End).Overlaps(phrase))
            .OrderByDescending(pair => pair.Entity.Type == EntityType.Person)
            .ThenBy(pair => Math.Abs(pair.Mention.End - phrase.End))
            .Select(pair => pair.Entity.Name)
            .FirstOrDefault();

    /// <summary>A speaker phrase no entity or reference accounts for, as written ("the commission"); nobody for a lone function word ("he", "However").</summary>
    private static string? Unresolved(TokenView words, TextSpan phrase) =>
        words.IndexesIn(phrase) is { } range && range.First == range.Last && QuoteLexicon.ClassOf(words[range.First].Text) is not null
            ? null
            : phrase.Of(words.Text);
}
