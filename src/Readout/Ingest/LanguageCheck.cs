using System.Text;
using Readout.Core;

namespace Readout.Ingest;

/// <summary>
/// Says when an article is in a language Readout does not analyze yet (it reads English), so that
/// thin results are explained rather than guessed at: by the language the input declares, else by
/// the script its letters are written in, else by how few English function words it has.
/// </summary>
public static class LanguageCheck
{
    private const int WordsNeeded = 30;
    private const double EnglishShareBelow = 0.08;
    private const string Consequence = "stored, but its events, quotes and facts may be missed";

    private static readonly HashSet<string> FunctionWords = new(DataFile.Lines("Ingest/english-function-words.txt"), StringComparer.Ordinal);

    /// <summary>Why the article is not analyzable English, naming its language or script; null when it is English (or too short to tell).</summary>
    public static string? Concern(Article article)
    {
        if (article.LanguageCode is { } code)
        {
            return code == "en" ? null : $"language '{article.Language!.Trim()}' is not one Readout analyzes yet (English only); {Consequence}";
        }

        if (DominantScript(article.RawText) is { } script && script != "Latin")
        {
            return $"text is {(script == "Other" ? "not in Latin letters" : $"in {script} script")}, not English, the only language Readout analyzes yet; {Consequence}";
        }

        var words = article.RawText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Trim(',', '.', ';', ':', '!', '?', '"', '\'', '(', ')', '“', '”', '‘', '’').ToLowerInvariant())
            .Where(word => word.Length > 0 && Letters.All(word))
            .ToList();
        if (words.Count < WordsNeeded)
        {
            return null;
        }

        var english = words.Count(FunctionWords.Contains) / (double)words.Count;
        return english < EnglishShareBelow
            ? $"text does not read as English ({english * 100:0}% English function words), the only language Readout analyzes yet; {Consequence}"
            : null;
    }

    /// <summary>The script most of the text's letters are written in, by Unicode block; null without letters.</summary>
    private static string? DominantScript(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetter(rune))
            {
                var script = Script(rune.Value);
                counts[script] = counts.GetValueOrDefault(script) + 1;
            }
        }

        return counts.Count == 0 ? null : counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).First().Key;
    }

    private static string Script(int codePoint) => codePoint switch
    {
        < 0x0250 or (>= 0x1E00 and < 0x1F00) => "Latin",
        >= 0x0370 and < 0x0400 or (>= 0x1F00 and < 0x2000) => "Greek",
        >= 0x0400 and < 0x0530 => "Cyrillic",
        >= 0x0530 and < 0x0590 => "Armenian",
        >= 0x0590 and < 0x0600 => "Hebrew",
        >= 0x0600 and < 0x0780 or (>= 0xFB50 and < 0xFF00) => "Arabic",
        >= 0x0900 and < 0x0980 => "Devanagari",
        >= 0x0980 and < 0x0E00 => "Indic",
        >= 0x0E00 and < 0x0E80 => "Thai",
        >= 0x10A0 and < 0x1100 => "Georgian",
        >= 0x1100 and < 0x1200 or (>= 0xAC00 and < 0xD7B0) => "Hangul",
        >= 0x3040 and < 0x3100 => "Japanese kana",
        >= 0x3400 and < 0xA000 or (>= 0x20000 and < 0x30000) => "Han (Chinese characters)",
        _ => "Other",
    };
}
