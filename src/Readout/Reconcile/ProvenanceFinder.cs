using System.Collections.Immutable;
using Readout.Alignment;
using Readout.Cleaning;
using Readout.Core;
using Readout.Quotes;
using Readout.Tokens;

namespace Readout.Reconcile;

/// <summary>Finds retelling links between the articles of one story.</summary>
public static class ProvenanceFinder
{
    private const int ShingleSize = 8;
    private const double NearDuplicateContainment = 0.15;
    private const int MinimumQuotedCharacters = 150;

    public static StoryProvenance Find(IReadOnlyList<Document> documents, QuoteAlignmentLayer? alignment = null) =>
        Find(documents, new AlignedStatements(alignment), Read);

    /// <summary>The links of one story, with the alignment read once for all the stories of the layer and each article read beforehand.</summary>
    internal static StoryProvenance Find(IReadOnlyList<Document> documents, AlignedStatements statements, Func<Document, Reading> readingOf)
    {
        var links = new List<RetellingLink>();
        var readings = documents.ToDictionary(d => d.Id, readingOf);
        for (var i = 0; i < documents.Count; i++)
        {
            var article = documents[i];
            if (article.Article.CitedSource is { } cited && !SameOutlet(article.Article.Source, cited) && readings[article.Id].Rank != 0)
            {
                var target = documents.FirstOrDefault(d => d != article && SameOutlet(d.Article.Source, cited));
                links.Add(new RetellingLink(article.Id, target?.Id ?? cited, RetellingKind.Cites, $"{article.Article.Source ?? article.Id} cites {cited}"));
            }

            for (var j = i + 1; j < documents.Count; j++)
            {
                links.AddRange(PairLinks(article, documents[j], readings, statements));
            }
        }

        return new StoryProvenance([.. links], OriginGroups(documents, links), readings.ToImmutableSortedDictionary(pair => pair.Key, pair => pair.Value.Primary, StringComparer.Ordinal));
    }

    /// <summary>What the links of a pair of articles are read from, read once per article.</summary>
    /// <param name="Rank">Its <see cref="OriginRank"/>.</param>
    internal sealed record Reading(string? Primary, NumberSet Shingles, int Rank);

    /// <summary>What an article's links are read from; it does not depend on the story the article is in.</summary>
    internal static Reading Read(Document document) => new(PrimarySource(document), Shingles(document.Text, ShingleSize), OriginRank(document));

    /// <summary>
    /// The person whose statements an article mainly relays: the speaker (or the reporter of
    /// reported speech) behind at least half of its quoted words, in an article that quotes
    /// enough to rest on its quotations.
    /// </summary>
    public static string? PrimarySource(Document document)
    {
        var voices = document.Require<QuoteLayer>().Quotes
            .Where(q => (q.ReportedBy ?? q.Speaker) is not null)
            .GroupBy(q => (q.ReportedBy ?? q.Speaker)!)
            .Select(g => (Voice: g.Key, Characters: g.Sum(q => q.End - q.Start)))
            .OrderByDescending(v => v.Characters)
            .ToList();
        var quoted = voices.Sum(v => v.Characters);
        return quoted >= MinimumQuotedCharacters && voices[0].Characters * 2 >= quoted ? voices[0].Voice : null;
    }

    private static IEnumerable<RetellingLink> PairLinks(Document a, Document b, Dictionary<string, Reading> readings, AlignedStatements statements)
    {
        var (readingA, readingB) = (readings[a.Id], readings[b.Id]);
        var (copy, origin) = Orient(a, b, readingA.Rank, readingB.Rank);
        var containment = Containment(readingA.Shingles, readingB.Shingles);
        if (containment >= NearDuplicateContainment)
        {
            yield return new RetellingLink(copy.Id, origin.Id, RetellingKind.NearDuplicate, $"{containment:P0} of the shorter text is shared");
        }

        var shared = statements.Of(a.Id).Groups.Intersect(statements.Of(b.Id).Groups).ToList();
        bool StatesItself(Document d) => shared.Any(statements.Of(d.Id).Stated.Contains);
        if (shared.Count >= 2 || StatesItself(a) || StatesItself(b))
        {
            // Of two articles carrying the same statements, the one that states them in its own
            // text (unquoted) is where the other took them from, unless the other is a first-hand record.
            var (quoter, stater) = StatesItself(a) == StatesItself(b) || readingA.Rank != readingB.Rank
                ? (copy, origin)
                : StatesItself(a) ? (b, a) : (a, b);
            yield return new RetellingLink(quoter.Id, stater.Id, RetellingKind.SharedQuotes, StatesItself(stater)
                ? $"{shared.Count} statement(s) quoted from the other's own text"
                : $"{shared.Count} statements in common");
        }

        if (readingA.Primary is { } voice && voice == readingB.Primary)
        {
            yield return new RetellingLink(copy.Id, origin.Id, RetellingKind.SameBriefing, $"both relay {voice}");
        }
    }

    /// <summary>
    /// Which of two related articles retells the other: a first-hand record (a transcript, or
    /// the release of the institution whose people speak) is the origin; an article that says
    /// it relays an outlet is a copy; otherwise the later publication retells the earlier, and
    /// at equal dates the later in the batch retells the earlier.
    /// </summary>
    public static (Document Copy, Document Origin) Orient(Document a, Document b) => Orient(a, b, OriginRank(a), OriginRank(b));

    private static (Document Copy, Document Origin) Orient(Document a, Document b, int rankA, int rankB)
    {
        var byRank = rankA.CompareTo(rankB);
        if (byRank != 0)
        {
            return byRank < 0 ? (b, a) : (a, b);
        }

        var (publishedA, publishedB) = (a.Article.PublishedDate, b.Article.PublishedDate);
        return publishedA is not null && publishedB is not null && publishedA > publishedB ? (a, b) : (b, a);
    }

    /// <summary>0 for a first-hand record, 2 for an article crediting another outlet, 1 otherwise.</summary>
    public static int OriginRank(Document document)
    {
        if (IsFirstHandRecord(document))
        {
            return 0;
        }

        return document.Article.CitedSource is { } cited && !SameOutlet(document.Article.Source, cited) ? 2 : 1;
    }

    /// <summary>
    /// A transcript (its text opens with a speaker's label) or the publication of a government
    /// outlet (a presidential or ministerial site): the statements' own record, never a copy.
    /// </summary>
    public static bool IsFirstHandRecord(Document document) =>
        document.Article.Source is { } source && Outlets.Find(source)?.Kind == "government"
            || TranscriptLabels.Find(document.Text) is [var first, ..] && first.Label.Start == 0;

    private static ImmutableSortedDictionary<string, int> OriginGroups(IReadOnlyList<Document> documents, List<RetellingLink> links)
    {
        var parent = documents.ToDictionary(d => d.Id, d => d.Id);
        string Root(string id) => parent[id] == id ? id : parent[id] = Root(parent[id]);
        foreach (var link in links.Where(l => parent.ContainsKey(l.Other)))
        {
            parent[Root(link.Article)] = Root(link.Other);
        }

        var groupIds = new Dictionary<string, int>();
        return documents.ToImmutableSortedDictionary(
            d => d.Id,
            d => groupIds.TryGetValue(Root(d.Id), out var g) ? g : groupIds[Root(d.Id)] = groupIds.Count + 1,
            StringComparer.Ordinal);
    }

    private static bool SameOutlet(string? outlet, string cited) => Outlets.Same(outlet, cited);

    /// <summary>Share of the smaller set's shingles found in the other set.</summary>
    public static double Containment(NumberSet a, NumberSet b) =>
        a.Count == 0 || b.Count == 0 ? 0 : a.SharedWith(b) / (double)Math.Min(a.Count, b.Count);

    /// <summary>
    /// Word n-grams of lower-cased letters and digits (punctuation and quote styles are ignored), each
    /// as a 64-bit hash of its words: two texts share a hash where they share the n-gram (a chance
    /// collision of 64-bit hashes among the few thousand n-grams of a story is negligible).
    /// </summary>
    public static NumberSet Shingles(string text, int size)
    {
        var words = WordHashes(text);
        var shingles = new long[Math.Max(0, words.Count - size + 1)];
        for (var i = 0; i < shingles.Length; i++)
        {
            var shingle = FnvOffset;
            for (var j = i; j < i + size; j++)
            {
                shingle = unchecked((shingle ^ words[j]) * FnvPrime);
            }

            shingles[i] = shingle;
        }

        return new NumberSet(shingles);
    }

    private const long FnvOffset = unchecked((long)14695981039346656037);
    private const long FnvPrime = 1099511628211;

    /// <summary>A 64-bit FNV-1a hash of each lower-cased word and number of a text, as <see cref="Words"/> reads them.</summary>
    private static List<long> WordHashes(string text)
    {
        var hashes = new List<long>();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind is TokenKind.Word or TokenKind.Number)
            {
                var hash = FnvOffset;
                foreach (var c in text.AsSpan(token.Start, token.End - token.Start))
                {
                    hash = unchecked((hash ^ char.ToLowerInvariant(c)) * FnvPrime);
                }

                hashes.Add(hash);
            }
        }

        return hashes;
    }

    /// <summary>The lower-cased words and numbers of a text, as the tokenizer reads them.</summary>
    public static List<string> Words(string text) =>
        [.. Tokenizer.Tokenize(text)
            .Where(t => t.Kind is TokenKind.Word or TokenKind.Number)
            .Select(t => text[t.Start..t.End].ToLowerInvariant())];
}
