using System.Collections.Immutable;
using System.Globalization;
using Readout.Core;
using Readout.Entities;
using Readout.Events;
using Readout.Sentences;
using Readout.Times;
using Readout.Tokens;

namespace Readout.Stories;

/// <summary>
/// Reads the features the story clusterer compares from one analyzed article. Uses the
/// entity, time and event layers when the pipeline added them and falls back on what the
/// tokens show: capitalized words no one writes in lowercase, explicit dates, weekdays.
/// That reading of capitals holds for English; in an article in another language (German
/// capitalizes every noun) names come from the entity layer only.
/// </summary>
public static class FeatureExtractor
{
    private const int MinTermLength = 3;
    private const int MaxLabelLength = 120;
    private const string EnglishCode = "en";

    private static readonly Lazy<ImmutableHashSet<string>> FeatureStopwords = new(() => [.. DataFile.Lines("Stories/feature-stopwords.txt").Select(line => line.Trim())]);

    public static ArticleFeatures Extract(Document document)
    {
        var text = document.Text;
        var tokens = document.Require<TokenLayer>().Tokens;
        var entities = document.Require<EntityLayer>().Entities;
        var times = document.Require<TimeLayer>().Times;
        var published = document.Article.PublishedDate;
        var language = document.Article.LanguageCode ?? EnglishCode;
        var capitalsAreNames = language == EnglishCode;

        var names = new Dictionary<string, int>();
        var covered = new List<(int Start, int End)>();
        foreach (var entity in entities)
        {
            var mentions = entity.Mentions.Where(m => m.Kind is MentionKind.Name or MentionKind.Surname).ToList();
            covered.AddRange(mentions.Select(m => (m.Start, m.End)));
            if (entity.Type != EntityType.Outlet)
            {
                foreach (var part in NameParts(entity.Name))
                {
                    names[part] = names.GetValueOrDefault(part) + Math.Max(1, mentions.Count);
                }
            }
        }

        var dates = FromTimeLayer(times);
        covered.AddRange(dates.Spans);

        var lowercaseWords = tokens.Where(t => t.Kind == TokenKind.Word && char.IsLower(text[t.Start]))
            .Select(t => Normalize(text[t.Start..t.End]))
            .ToHashSet();
        var terms = new Dictionary<string, int>();
        var numbers = new List<string>();
        var coveredSpans = new SpanSet(covered);
        foreach (var token in tokens.Where(t => !coveredSpans.Overlaps(t.Start, t.End)))
        {
            var surface = text[token.Start..token.End];
            if (token.Kind == TokenKind.Number)
            {
                if (DistinguishingNumber(surface) is { } number)
                {
                    numbers.Add(number);
                }

                continue;
            }

            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var word = Normalize(surface);
            if (word.Length < MinTermLength || IsStopword(word))
            {
                continue;
            }

            if (capitalsAreNames && char.IsUpper(surface[0]) && !lowercaseWords.Contains(word))
            {
                names[word] = names.GetValueOrDefault(word) + 1;
            }
            else
            {
                var stem = SuffixStemmer.Stem(word);
                terms[stem] = terms.GetValueOrDefault(stem) + 1;
            }
        }

        var signature = MainEvent(document.Require<EventLayer>());

        return new ArticleFeatures(
            document.Id,
            WordCounts.From(terms),
            WordCounts.From(names),
            SortedWords.From(numbers),
            [.. dates.Values.SelectMany(Prefixes)],
            signature?.Date ?? published,
            signature,
            Label(document),
            language);
    }

    /// <summary>The lowercase words of a name, without possessives or function words ("the").</summary>
    public static IEnumerable<string> NameParts(string name) =>
        Tokenizer.Tokenize(name)
            .Where(t => t.Kind == TokenKind.Word)
            .Select(t => Normalize(name[t.Start..t.End]))
            .Where(word => word.Length > 1 && !IsStopword(word))
            .Distinct();

    /// <summary>The event the article reports, else the first asserted event in text order: a report says its main news first.</summary>
    public static EventSignature? MainEvent(EventLayer layer) =>
        layer.Reported is { } reported
            ? new EventSignature(reported.Type, reported.Participants, PublishedDates.Day(reported.Date), reported.DateStated)
            : layer.Events.Where(e => e.Modality == "asserted").OrderBy(e => e.Start).Select(e => new EventSignature(
            e.Type,
            [.. e.Actors.Concat(e.Recipients).Distinct()],
            PublishedDates.Day(e.Date))).FirstOrDefault();

    private static bool IsStopword(string word) => Stopwords.IsStopword(word) || FeatureStopwords.Value.Contains(word);

    /// <summary>"2013-06-13" gives "2013", "2013-06" and "2013-06-13"; other values give what ISO prefix they have.</summary>
    public static IEnumerable<string> Prefixes(string value)
    {
        foreach (var length in new[] { 4, 7, 10 })
        {
            if (value.Length >= length && (value.Length == length || value[length] is '-' or 'T') && value[..length].All(c => char.IsDigit(c) || c == '-'))
            {
                yield return value[..length];
            }
        }
    }

    private static (ImmutableArray<string> Values, ImmutableArray<(int Start, int End)> Spans) FromTimeLayer(ImmutableArray<TimeExpression> times) =>
        ([.. times.Where(t => t.Type == "DATE").Select(t => t.Value)], [.. times.Select(t => (t.Start, t.End))]);

    /// <summary>Numbers that can tell two look-alike events apart: not times, not small counts.</summary>
    private static string? DistinguishingNumber(string surface)
    {
        if (surface.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var digits = surface.TrimEnd('s', 't', 'h', 'n', 'd', 'r').Replace(",", string.Empty, StringComparison.Ordinal);
        return double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 10
            ? digits
            : digits.Contains('.', StringComparison.Ordinal) ? digits : null;
    }

    private static string Normalize(string word)
    {
        var lower = word.ToLowerInvariant().Replace('’', '\'');
        return lower.EndsWith("'s", StringComparison.Ordinal) ? lower[..^2] : lower.TrimEnd('\'');
    }

    /// <summary>The title, else the first sentence or first line of the text (a headline line ends at its line break).</summary>
    private static string? Label(Document document)
    {
        if (!string.IsNullOrWhiteSpace(document.Article.Title))
        {
            return document.Article.Title.Trim();
        }

        var sentences = document.Require<SentenceLayer>().Sentences;
        var first = sentences.Length > 0 ? sentences[0].Of(document.Text) : document.Text;
        var lineEnd = first.IndexOf('\n', StringComparison.Ordinal);
        var lead = (lineEnd < 0 ? first : first[..lineEnd]).Trim();
        if (lead.Length <= MaxLabelLength)
        {
            return lead.Length == 0 ? null : lead;
        }

        var cut = lead.LastIndexOf(' ', MaxLabelLength);
        return lead[..(cut > 0 ? cut : MaxLabelLength)] + "…";
    }

    /// <summary>Spans sorted by start, with the furthest end reached up to each: whether a span overlaps any of them is one binary search.</summary>
    private sealed class SpanSet
    {
        private readonly int[] starts;
        private readonly int[] reach;

        public SpanSet(IEnumerable<(int Start, int End)> spans)
        {
            var sorted = spans.OrderBy(span => span.Start).ToArray();
            starts = [.. sorted.Select(span => span.Start)];
            reach = new int[sorted.Length];
            for (var i = 0; i < sorted.Length; i++)
            {
                reach[i] = i == 0 ? sorted[i].End : Math.Max(reach[i - 1], sorted[i].End);
            }
        }

        public bool Overlaps(int start, int end)
        {
            // The spans that start before the end; one of them overlaps when the furthest of their ends passes the start.
            int low = 0, high = starts.Length;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (starts[middle] < end)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low > 0 && reach[low - 1] > start;
        }
    }
}
