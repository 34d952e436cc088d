using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Readout.Core;

namespace Readout.Times;

/// <summary>
/// The word lists of time-words.tsv, number-words.tsv and quantity-words.tsv: each row is a class, a phrase and
/// a value. Phrases are looked up case-insensitively with runs of spaces and hyphens folded.
/// </summary>
public static class TimeLexicon
{
    private static readonly string[] CaseSensitiveClasses = ["month", "weekday", "ambiguous", "frequency", "holiday"];

    private static readonly IReadOnlyList<(string Class, string Phrase, string Value)> Entries =
        [.. DataFile.Rows("Times/time-words.tsv", 3).Concat(DataFile.Rows("Times/number-words.tsv", 3)).Concat(DataFile.Rows("Times/quantity-words.tsv", 3))
            .Select(row => (row[0], row[1], row[2]))];

    private static readonly FrozenDictionary<(string, string), string> Values = Entries
        .GroupBy(entry => (entry.Class, Fold(entry.Phrase)))
        .ToFrozenDictionary(group => group.Key, group => group.First().Value);

    /// <summary>The value of <paramref name="phrase"/> in <paramref name="wordClass"/>, or null when it is not listed.</summary>
    public static string? Value(string wordClass, string phrase) =>
        Values.TryGetValue((wordClass, Fold(phrase)), out var value) ? value : null;

    public static bool Contains(string wordClass, string phrase) => Values.ContainsKey((wordClass, Fold(phrase)));

    /// <summary>
    /// A regex alternation of the class's phrases that tries longer phrases first. Month and weekday
    /// names keep their case, and so do frequency words ("daily", but not "The Daily Beast").
    /// </summary>
    public static string Alternation(string wordClass)
    {
        var phrases = Entries.Where(entry => entry.Class == wordClass)
            .Select(entry => entry.Phrase)
            .Distinct()
            .OrderByDescending(phrase => phrase.Length)
            .ToList();
        if (phrases.Count == 0)
        {
            throw new InvalidOperationException($"No phrases of class '{wordClass}' in the time word lists.");
        }

        var caseSensitive = CaseSensitiveClasses.Contains(wordClass);
        var body = PhraseTrie.Build(phrases, caseSensitive) is { } trie
            ? trie.Pattern()
            : string.Join('|', phrases.Select(phrase => string.Concat(PhraseTrie.Atoms(phrase))));
        return caseSensitive ? $"(?-i:{body})" : $"(?:{body})";
    }

    /// <summary>Lower case, with each run of whitespace or hyphens made one space.</summary>
    public static string Fold(string phrase) =>
        string.Join(' ', phrase.ToLowerInvariant().Split([' ', '\t', '\n', '\r', '-', '\u00a0'], StringSplitOptions.RemoveEmptyEntries));
}
