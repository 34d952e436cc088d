using System.Collections.Immutable;
using Readout.Core;
using Readout.Quotes;
using Readout.Sentences;
using Readout.Stories;

namespace Readout.Alignment;

/// <summary>
/// Adds the <see cref="QuoteAlignmentLayer"/>: quotations from different articles that render the
/// same statement (translations, paraphrases, truncations) share a group, and so does the
/// sentence of another article's plain or transcript text that a quotation was taken from.
/// A long quotation (a whole transcript) is compared sentence by sentence. Only articles of one
/// story are compared.
/// </summary>
public sealed class QuoteAligner : ICorpusStage
{
    private const int MaxSentencesPerQuote = 3;

    public IReadOnlyList<Type> Requires { get; } = [typeof(SentenceLayer), typeof(QuoteLayer), typeof(StoryLayer)];

    public Type Adds => typeof(QuoteAlignmentLayer);

    public Analysis Apply(Analysis analysis)
    {
        var units = analysis.Documents.SelectMany(Units).ToList();
        var stems = units.Select(u => StatementSimilarity.Stems(u.Variant.Text)).ToList();
        var grams = units.Select(u => StatementSimilarity.Grams(u.Variant.Text)).ToList();
        var similarity = new StatementSimilarity(stems);
        var storyOf = StoriesOf(analysis);
        var parent = Enumerable.Range(0, units.Count).ToArray();
        var holders = Enumerable.Range(0, units.Count).SelectMany(i => stems[i].Select(stem => (stem, i))).ToLookup(pair => pair.stem, pair => pair.i);
        for (var i = 0; i < units.Count; i++)
        {
            if (!units[i].Variant.Quoted || !units[i].Whole || units[i].Fragment)
            {
                continue;
            }

            // Only texts sharing enough stems can render the same statement; the index finds them without comparing every pair.
            var candidates = stems[i].SelectMany(stem => holders[stem]).GroupBy(j => j).Where(g => g.Count() >= StatementSimilarity.MinShared).Select(g => g.Key);
            foreach (var j in candidates)
            {
                if (j == i || units[j].Variant.Article == units[i].Variant.Article || units[j].Variant.Quoted && (j < i || !units[j].Whole || units[j].Fragment)
                    || !SameStory(storyOf, units[i].Variant.Article, units[j].Variant.Article))
                {
                    continue;
                }

                if (similarity.Same(stems[i], grams[i], stems[j], grams[j], passage: !units[j].Variant.Quoted))
                {
                    parent[Find(parent, i)] = Find(parent, j);
                }
            }
        }

        var groups = Enumerable.Range(0, units.Count)
            .GroupBy(i => Find(parent, i))
            .Where(g => g.Any(i => units[i].Variant.Quoted))
            .OrderBy(g => g.Min())
            .Select((g, n) => Group($"q{n + 1}", [.. g.Select(i => units[i].Variant)]));
        return analysis.With(new QuoteAlignmentLayer([.. groups]));
    }

    private static QuoteGroup Group(string id, ImmutableArray<QuoteVariant> variants) =>
        new(id, variants.Where(v => v.Quoted && v.Speaker is not null).GroupBy(v => v.Speaker).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault(), variants);

    /// <summary>What is compared: quotations (a long one by sentence), and the sentences outside quotations.</summary>
    private static IEnumerable<(QuoteVariant Variant, bool Whole, bool Fragment)> Units(Document document)
    {
        var text = document.Text;
        var outlet = document.Article.Source;
        var quotes = document.Require<QuoteLayer>().Quotes;
        foreach (var quote in quotes)
        {
            var sentences = SentenceSplitter.Split(quote.Text);
            if (sentences.Length <= MaxSentencesPerQuote)
            {
                yield return (new QuoteVariant(document.Id, outlet, quote.Start, quote.End, quote.Text, quote.Speaker, Quoted: true), true, quote.Fragment);
                continue;
            }

            yield return (new QuoteVariant(document.Id, outlet, quote.Start, quote.End, quote.Text, quote.Speaker, Quoted: true), false, false);
            foreach (var sentence in sentences)
            {
                yield return (new QuoteVariant(document.Id, outlet, quote.Start + sentence.Start, quote.Start + sentence.End, sentence.Of(quote.Text), quote.Speaker, Quoted: false), false, false);
            }
        }

        var quoted = quotes.Select(q => new TextSpan(q.Start, q.End)).ToList();
        foreach (var sentence in document.Require<SentenceLayer>().Sentences)
        {
            if (!quoted.Any(q => q.Overlaps(sentence)))
            {
                yield return (new QuoteVariant(document.Id, outlet, sentence.Start, sentence.End, sentence.Of(text), null, Quoted: false), false, false);
            }
        }
    }

    private static Dictionary<string, HashSet<string>> StoriesOf(Analysis analysis) =>
        analysis.Require<StoryLayer>().Stories
            .SelectMany(story => story.Articles.Select(article => (article, story.Id)))
            .GroupBy(pair => pair.article)
            .ToDictionary(g => g.Key, g => g.Select(pair => pair.Id).ToHashSet());

    private static bool SameStory(Dictionary<string, HashSet<string>> storyOf, string a, string b) =>
        storyOf.TryGetValue(a, out var storiesA) && storyOf.TryGetValue(b, out var storiesB) && storiesA.Overlaps(storiesB);

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
