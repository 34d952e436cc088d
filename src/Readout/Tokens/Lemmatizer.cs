using System.Collections.Frozen;
using Readout.Core;

namespace Readout.Tokens;

/// <summary>
/// The dictionary form of an English word without part-of-speech context: an exceptions
/// table (lemma-exceptions.tsv) for irregular verbs and nouns and clitics, then suffix rules
/// for -ing, -ed, -ies, -es, -s and -men, restoring a silent e or undoubling a final consonant
/// where the stem needs it (lemma-silent-e.txt). Lemmas are lower case; words with inner capitals
/// (acronyms) or non-letters are only lower-cased.
/// </summary>
public static class Lemmatizer
{
    private const int ShortestInflected = 4;

    private static readonly Lazy<FrozenDictionary<string, string>> Exceptions = new(() =>
        DataFile.Rows("Tokens/lemma-exceptions.tsv", 2).ToFrozenDictionary(row => row[0].Trim(), row => row[1].Trim(), StringComparer.Ordinal));

    private static readonly Lazy<FrozenDictionary<string, bool>> SilentE = new(() =>
        DataFile.Lines("Tokens/lemma-silent-e.txt")
            .Select(line => line.Trim())
            .ToFrozenDictionary(line => line.TrimStart('!'), line => !line.StartsWith('!'), StringComparer.Ordinal));

    private static readonly Lazy<int> LongestSilentEEnding = new(() => SilentE.Value.Keys.Max(ending => ending.Length));

    public static string Lemma(string word)
    {
        var lower = word.Replace('’', '\'').ToLowerInvariant();
        if (Exceptions.Value.TryGetValue(lower, out var known))
        {
            return known;
        }

        if (word.Length > 1 && Letters.AnyUpper(word.AsSpan(1)))
        {
            return lower;
        }

        var lastPart = lower.LastIndexOf('-') + 1;
        var capitalized = word.Length > 0 && char.IsUpper(word[0]);
        return lower[..lastPart] + LemmaOfPlainWord(lower[lastPart..], capitalized);
    }

    /// <summary>
    /// A capitalized word may be a name ("Reuters", "Christmas"), so only its verb endings are undone
    /// (a sentence may open with "Speaking" or "Asked").
    /// </summary>
    private static string LemmaOfPlainWord(string word, bool capitalized)
    {
        if (Exceptions.Value.TryGetValue(word, out var known))
        {
            return known;
        }

        if (word.Length < ShortestInflected || !Letters.All(word))
        {
            return word;
        }

        if (word.EndsWith("ied", StringComparison.Ordinal) || (word.EndsWith("ies", StringComparison.Ordinal) && !capitalized))
        {
            return word.Length == ShortestInflected ? word[..^1] : word[..^3] + "y";
        }

        if (word.EndsWith("eed", StringComparison.Ordinal) && !word.EndsWith("ceed", StringComparison.Ordinal))
        {
            return capitalized ? word : word[..^1];
        }

        if (word.EndsWith("ing", StringComparison.Ordinal))
        {
            return VerbStem(word[..^3]) ?? word;
        }

        if (word.EndsWith("ed", StringComparison.Ordinal))
        {
            return VerbStem(word[..^2]) ?? word;
        }

        if (capitalized)
        {
            return word;
        }

        if (word.EndsWith("men", StringComparison.Ordinal) && word.Length > 5 && (!IsVowel(word[^4]) || word[^4] == 'e'))
        {
            return word[..^3] + "man";
        }

        return word.EndsWith('s') ? Singular(word) : word;
    }

    /// <summary>The base form of a verb stem left by removing -ing or -ed, or null when it cannot be a stem ("th" of "thing").</summary>
    private static string? VerbStem(string stem)
    {
        if (stem.Length < 2 || !stem.Any(IsVowel))
        {
            return null;
        }

        var last = stem[^1];
        if (last == stem[^2] && !IsVowel(last) && last is not ('l' or 's' or 'z' or 'f'))
        {
            return stem[..^1];
        }

        if (last is 'e' or 'y')
        {
            return stem;
        }

        return TakesSilentE(stem) ? stem + "e" : stem;
    }

    private static bool TakesSilentE(string stem)
    {
        for (var length = Math.Min(LongestSilentEEnding.Value, stem.Length); length > 0; length--)
        {
            if (SilentE.Value.TryGetValue(stem[^length..], out var takesE))
            {
                return takesE;
            }
        }

        return IsShortSyllable(stem);
    }

    /// <summary>One consonant-vowel-consonant syllable at the end of a one-syllable stem ("mak", "hop", "writ"), whose vowel is long.</summary>
    private static bool IsShortSyllable(string stem)
    {
        var n = stem.Length;
        if (n < 3 || IsVowel(stem[^3]) || !IsVowel(stem[^2]) || IsVowel(stem[^1]) || stem[^1] is 'w' or 'x' or 'y')
        {
            return false;
        }

        var syllables = 0;
        for (var i = 1; i < n; i++)
        {
            if (!IsVowel(stem[i]) && IsVowel(stem[i - 1]))
            {
                syllables++;
            }
        }

        return syllables == 1;
    }

    private static string Singular(string word)
    {
        if (word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
        {
            return word;
        }

        var stripsEs = word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
            || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)
            || word.EndsWith("zzes", StringComparison.Ordinal) || (word.EndsWith("oes", StringComparison.Ordinal) && word.Length > 5);
        return stripsEs ? word[..^2] : word[..^1];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
