using System.Collections.Frozen;
using System.Text;
using Readout.Core;

namespace Readout.Entities;

/// <summary>
/// The form of a word that name matching compares: lower case, accents folded (Erdoğan → erdogan)
/// and the usual transliteration endings of Slavic names made one (Zelenskyy, Zelenskiy → zelensky;
/// Yuri, Yuriy → yury; Sergei → sergey), so spelling variants meet without being listed. A Cyrillic
/// word loses its case ending (Путина, Путиным → путин): Russian inflects names, and a name the
/// knowledge base lists once is met in every case.
/// </summary>
public static class NameKey
{
    private static readonly Lazy<FrozenDictionary<char, string>> Folding = new(() =>
        DataFile.Rows("Entities/letter-folding.tsv", 2)
            .Where(row => row[0].Length == 1)
            .ToFrozenDictionary(row => row[0][0], row => row[1]));

    private const int MinStemLength = 3;

    private static readonly Lazy<string[]> CaseEndings = new(() =>
        [.. DataFile.Lines("Entities/cyrillic-case-endings.txt").Select(line => line.Trim()).OrderByDescending(ending => ending.Length).ThenBy(ending => ending, StringComparer.Ordinal)]);

    /// <summary>Whether a letter of the ASCII range folds to something else than its lower case: if none does, an ASCII word's key starts as its lower case.</summary>
    private static readonly Lazy<bool> FoldsAscii = new(() => Folding.Value.Keys.Any(char.IsAscii));

    private static readonly string[] TransliterationEndings = ["iy", "yy", "ij", "ii", "yi", "ei"];

    public static string Of(string word)
    {
        var key = Ascii.IsValid(word) && !FoldsAscii.Value ? word.ToLowerInvariant() : Folded(word);
        return IsCyrillic(key) ? WithoutCaseEnding(key) : TransliterationEnding(key);
    }

    private static string Folded(string word)
    {
        var folded = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            var lower = char.ToLowerInvariant(c);
            if (Folding.Value.TryGetValue(lower, out var plain))
            {
                folded.Append(plain);
            }
            else
            {
                folded.Append(lower);
            }
        }

        return folded.ToString();
    }

    /// <summary>Folds a multi-word name word by word, words joined by single spaces.</summary>
    public static string OfPhrase(string phrase) =>
        string.Join(' ', phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Of));

    private static string TransliterationEnding(string word)
    {
        if (word.Length <= 3 || !Letters.All(word))
        {
            return word;
        }

        foreach (var ending in TransliterationEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^2] + (ending == "ei" ? "ey" : "y");
            }
        }

        return word[^1] == 'i' && !IsVowel(word[^2]) ? word[..^1] + "y" : word;
    }

    private static bool IsCyrillic(string word)
    {
        foreach (var c in word)
        {
            if (c is < '\u0400' or > '\u04ff')
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    private static string WithoutCaseEnding(string word)
    {
        foreach (var ending in CaseEndings.Value)
        {
            if (word.Length - ending.Length >= MinStemLength && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
