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
public sealed class QuoteAligner : IPreparingCorpusStage
{
    private const int MaxSentencesPerQuote = 3;

    public IReadOnlyList<Type> Requires { get; } = [typeof(SentenceLayer), typeof(QuoteLayer), typeof(StoryLayer)];

    public Type Adds => typeof(QuoteAlignmentLayer);

    public Analysis Apply(Analysis analysis) => Prepare(analysis.Documents, Environment.ProcessorCount)(analysis);

    /// <summary>What is compared, and how rare each stem is, read from the documents before their stories are known.</summary>
    public Func<Analysis, Analysis> Prepare(IReadOnlyList<Document> documents, int cores)
    {
        var units = ParallelWork.InOrder(documents).WithDegreeOfParallelism(cores)
            .SelectMany(document => Units(document).Select(unit => new Unit(unit.Variant, unit.Whole, unit.Fragment, StatementSimilarity.Stems(unit.Variant.Text))))
            .ToList();
        var similarity = new StatementSimilarity([.. units.Select(u => u.Stems)]);
        var unitsOf = Enumerable.Range(0, units.Count).ToLookup(i => units[i].Variant.Article, StringComparer.Ordinal);
        return analysis => Align(analysis, units, similarity, unitsOf);
    }

    private static Analysis Align(Analysis analysis, List<Unit> units, StatementSimilarity similarity, ILookup<string, int> unitsOf)
    {
        // Only units of one story are compared, so the stories are aligned on all cores; which
        // units end up together does not depend on the order the matches are joined in.
        var matches = ParallelWork.InOrder(analysis.Require<StoryLayer>().Stories)
            .SelectMany(story => Matches([.. story.Articles.Distinct(StringComparer.Ordinal).SelectMany(article => unitsOf[article]).Order()], units, similarity))
            .ToList();
        var parent = Enumerable.Range(0, units.Count).ToArray();
        foreach (var (i, j) in matches)
        {
            parent[Find(parent, i)] = Find(parent, j);
        }

        var groups = Enumerable.Range(0, units.Count)
            .GroupBy(i => Find(parent, i))
            .Where(g => g.Any(i => units[i].Variant.Quoted))
            .OrderBy(g => g.Min())
            .Select((g, n) => Group($"q{n + 1}", [.. g.Select(i => units[i].Variant)]));
        return analysis.With(new QuoteAlignmentLayer([.. groups]));
    }

    /// <summary>The pairs of one story's units (by index, ascending) that render one statement: a whole quotation and another article's quotation or passage.</summary>
    private static List<(int Quote, int Other)> Matches(int[] story, List<Unit> units, StatementSimilarity similarity)
    {
        var matches = new List<(int, int)>();
        if (!story.Any(i => units[i].Variant.Quoted && units[i].Whole && !units[i].Fragment) || story.All(i => units[i].Variant.Article == units[story[0]].Variant.Article))
        {
            // Nothing is compared: no whole quotation, or one article alone.
            return matches;
        }

        var holders = story.SelectMany(i => units[i].Stems.Select(stem => (stem, i))).ToLookup(pair => pair.stem, pair => pair.i, StringComparer.Ordinal);
        var shared = new Dictionary<int, int>();
        foreach (var i in story)
        {
            var unit = units[i];
            if (!unit.Variant.Quoted || !unit.Whole || unit.Fragment)
            {
                continue;
            }

            // Only texts sharing enough stems can render the same statement; the index finds them without comparing every pair.
            shared.Clear();
            foreach (var stem in unit.Stems)
            {
                foreach (var j in holders[stem])
                {
                    shared[j] = shared.GetValueOrDefault(j) + 1;
                }
            }

            foreach (var (j, count) in shared)
            {
                var other = units[j];
                if (count < StatementSimilarity.MinShared || j == i || other.Variant.Article == unit.Variant.Article || other.Variant.Quoted && (j < i || !other.Whole || other.Fragment))
                {
                    continue;
                }

                if (similarity.Same(unit.Stems, unit.Grams, other.Stems, other.Grams, passage: !other.Variant.Quoted))
                {
                    matches.Add((i, j));
                }
            }
        }

        return matches;
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

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    /// <summary>A text compared: its stems at once, its character grams only when a comparison needs them.</summary>
    private sealed class Unit(QuoteVariant variant, bool whole, bool fragment, IReadOnlySet<string> stems)
    {
        private readonly Lazy<NumberSet> grams = new(() => StatementSimilarity.Grams(variant.Text));

        public QuoteVariant Variant { get; } = variant;

        /// <summary>A quotation compared as a whole (a long one is compared by its sentences).</summary>
        public bool Whole { get; } = whole;

        public bool Fragment { get; } = fragment;

        public IReadOnlySet<string> Stems { get; } = stems;

        public Lazy<NumberSet> Grams => grams;
    }
}
