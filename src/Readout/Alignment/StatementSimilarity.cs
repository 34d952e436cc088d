using System.Runtime.InteropServices;
using System.Text;
using Readout.Core;
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

    /// <summary>Words longer than this are stemmed each time they are met; shorter ones are remembered.</summary>
    private const int LongestRemembered = 48;

    /// <summary>How many words a thread remembers before it starts again.</summary>
    private const int MostRemembered = 100_000;

    [ThreadStatic]
    private static Dictionary<string, string?>? stemsOfWords;

    private readonly Dictionary<string, double> idf;
    private readonly double unknownIdf;

    /// <param name="documents">The stem sets of every text compared, to weigh each stem by its rarity.</param>
    public StatementSimilarity(IReadOnlyCollection<IReadOnlySet<string>> documents)
    {
        // Each stem's count, then in its place its idf.
        idf = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var set in documents)
        {
            foreach (var stem in set)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(idf, stem, out _)++;
            }
        }

        foreach (var stem in idf.Keys)
        {
            ref var weight = ref CollectionsMarshal.GetValueRefOrNullRef(idf, stem);
            weight = Math.Log((documents.Count + 1) / (weight + 0.5));
        }

        unknownIdf = Math.Log((documents.Count + 1) / 0.5);
    }

    /// <summary>The text's content-word stems: lower case, hyphens joined ("cease-fire"), British spellings made American, suffixes cut.</summary>
    public static IReadOnlySet<string> Stems(string text)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var known = (stemsOfWords ??= new Dictionary<string, string?>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> word = stackalloc char[LongestRemembered];
        var length = 0;
        var start = 0;
        for (var at = 0; at <= text.Length; at++)
        {
            var c = at < text.Length ? text[at] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (length < word.Length)
                {
                    word[length] = char.ToLowerInvariant(c);
                }

                length++;
            }
            else if (c is not ('-' or '\'' or '’') || length == 0)
            {
                if (length > 1 && StemOf(length <= word.Length ? word[..length] : LowerLetters(text.AsSpan(start, at - start)), known) is { } stem)
                {
                    stems.Add(stem);
                }

                length = 0;
                start = at + 1;
            }
        }

        return stems;
    }

    /// <summary>A word's stem, or null for a stopword; remembered by the thread for the words it meets again.</summary>
    private static string? StemOf(ReadOnlySpan<char> word, Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> known)
    {
        if (known.TryGetValue(word, out var remembered))
        {
            return remembered;
        }

        var complete = word.ToString();
        var stem = Stopwords.IsStopword(complete) ? null : Stem(complete);
        if (word.Length <= LongestRemembered)
        {
            if (known.Dictionary.Count >= MostRemembered)
            {
                known.Dictionary.Clear();
            }

            known.Dictionary[complete] = stem;
        }

        return stem;
    }

    /// <summary>The letters and digits of a long word, lower case (hyphens and apostrophes inside it dropped).</summary>
    private static string LowerLetters(ReadOnlySpan<char> word)
    {
        var letters = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }

        return letters.ToString();
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

    /// <summary>Character 4-grams of the text's letters and digits, lower case, spaces collapsed; each gram's four characters packed in one number.</summary>
    public static NumberSet Grams(string text)
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

        var grams = new long[Math.Max(0, squeezed.Length - GramLength + 1)];
        for (var at = 0; at < grams.Length; at++)
        {
            grams[at] = (long)squeezed[at] << 48 | (long)squeezed[at + 1] << 32 | (long)squeezed[at + 2] << 16 | squeezed[at + 3];
        }

        return new NumberSet(grams);
    }

    /// <summary>Whether quotation A and text B render one statement.</summary>
    /// <param name="passage">B is a sentence of plain or transcript text: A must be found in it, as a quotation renders part of a passage.</param>
    /// <remarks>The character grams are read only when the stems do not decide.</remarks>
    public bool Same(IReadOnlySet<string> stemsA, Lazy<NumberSet> gramsA, IReadOnlySet<string> stemsB, Lazy<NumberSet> gramsB, bool passage)
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
        var (count, total, found) = (0, 0.0, 0.0);
        foreach (var stem in part)
        {
            var weight = Weight(stem);
            total += weight;
            if (whole.Contains(stem))
            {
                (count, found) = (count + 1, found + weight);
            }
        }

        return count < MinShared || total == 0 ? 0 : found / total;
    }

    private static double Dice(NumberSet a, NumberSet b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.SharedWith(b) / (a.Count + b.Count);

    private double Weight(string stem) => idf.TryGetValue(stem, out var weight) ? weight : unknownIdf;
}
