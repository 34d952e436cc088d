using System.Collections.Frozen;
using System.Text;
using Readout.Stories;
using Readout.Tokens;

namespace Readout.Alignment;

/// <summary>
/// Whether two texts render the same statement: the content-word stems they share, each weighted
/// by how rare it is in the corpus, measured against the shorter text (so a truncated quotation
/// still matches the full one), or a high share of character 4-grams for short renderings.
/// </summary>
public sealed class StatementSimilarity
{
    private const int GramLength = 4;
    /// <summary>Stems two texts must share before they can count as one statement.</summary>
    public const int MinShared = 3;
    private const int MinStems = 3;
    private const int ShortStems = 5;
    private const double MinContainmentOfShort = 0.9;
    private const double MinContainmentOfPassage = 0.4;
    private const double MinContainmentOfQuotes = 0.5;
    private const double MinGramDice = 0.55;
    private const int MinGramText = 40;

    private readonly FrozenDictionary<string, double> idf;
    private readonly double unknownIdf;

    /// <param name="documents">The stem sets of every text compared, to weigh each stem by its rarity.</param>
    public StatementSimilarity(IReadOnlyCollection<IReadOnlySet<string>> documents)
    {
        var frequency = documents.SelectMany(set => set).GroupBy(stem => stem).ToDictionary(g => g.Key, g => g.Count());
        unknownIdf = Math.Log((documents.Count + 1) / 0.5);
        idf = frequency.ToFrozenDictionary(pair => pair.Key, pair => Math.Log((documents.Count + 1) / (pair.Value + 0.5)));
    }

    /// <summary>The text's content-word stems: lower case, hyphens joined ("cease-fire"), British spellings made American, suffixes cut.</summary>
    public static IReadOnlySet<string> Stems(string text)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        for (var at = 0; at <= text.Length; at++)
        {
            var c = at < text.Length ? text[at] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('-' or '\'' or '’') || word.Length == 0)
            {
                if (word.Length > 1 && word.ToString() is var complete && !Stopwords.IsStopword(complete))
                {
                    stems.Add(Stem(complete));
                }

                word.Clear();
            }
        }

        return stems;
    }

    public static string Stem(string word)
    {
        var stem = word;
        if (stem.Length >= 7)
        {
            stem = stem.Replace("isation", "ization", StringComparison.Ordinal).Replace("ised", "ized", StringComparison.Ordinal)
                .Replace("ising", "izing", StringComparison.Ordinal).Replace("our", "or", StringComparison.Ordinal);
            stem = stem.EndsWith("ise", StringComparison.Ordinal) || stem.EndsWith("ises", StringComparison.Ordinal) ? stem.Replace("ise", "ize", StringComparison.Ordinal) : stem;
        }

        return SuffixStemmer.Stem(stem);
    }

    /// <summary>Character 4-grams of the text's letters and digits, lower case, spaces collapsed.</summary>
    public static IReadOnlySet<string> Grams(string text)
    {
        var squeezed = new StringBuilder(text.Length);
        var gap = false;
        foreach (var c in text.ToLowerInvariant())
        {
            if (!char.IsLetterOrDigit(c))
            {
                gap = squeezed.Length > 0;
                continue;
            }

            if (gap)
            {
                squeezed.Append(' ');
                gap = false;
            }

            squeezed.Append(c);
        }

        var letters = squeezed.ToString();
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var at = 0; at + GramLength <= letters.Length; at++)
        {
            grams.Add(letters.Substring(at, GramLength));
        }

        return grams;
    }

    /// <summary>Whether quotation A and text B render one statement.</summary>
    /// <param name="passage">B is a sentence of plain or transcript text: A must be found in it, as a quotation renders part of a passage.</param>
    /// <remarks>The character grams are read only when the stems do not decide.</remarks>
    public bool Same(IReadOnlySet<string> stemsA, Lazy<IReadOnlySet<string>> gramsA, IReadOnlySet<string> stemsB, Lazy<IReadOnlySet<string>> gramsB, bool passage)
    {
        if (stemsA.Count < MinStems || stemsB.Count < MinStems)
        {
            return false;
        }

        var containment = passage ? ShareFound(stemsA, stemsB) : Math.Max(ShareFound(stemsA, stemsB), ShareFound(stemsB, stemsA));
        var needed = Math.Min(stemsA.Count, stemsB.Count) < ShortStems ? MinContainmentOfShort : passage ? MinContainmentOfPassage : MinContainmentOfQuotes;
        return containment >= needed
            || Math.Min(gramsA.Value.Count, gramsB.Value.Count) >= MinGramText && Dice(gramsA.Value, gramsB.Value) >= MinGramDice;
    }

    /// <summary>Rarity-weighted share of <paramref name="part"/>'s stems that <paramref name="whole"/> has too; 0 below three shared stems.</summary>
    public double ShareFound(IReadOnlySet<string> part, IReadOnlySet<string> whole)
    {
        var shared = part.Where(whole.Contains).ToList();
        var total = part.Sum(Weight);
        return shared.Count < MinShared || total == 0 ? 0 : shared.Sum(Weight) / total;
    }

    private static double Dice(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);

    private double Weight(string stem) => idf.TryGetValue(stem, out var weight) ? weight : unknownIdf;
}
