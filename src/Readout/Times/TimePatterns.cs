using System.Text.RegularExpressions;
using Readout.Core;

namespace Readout.Times;

/// <summary>
/// Loads a pattern file (time-patterns.tsv, quantity-patterns.tsv), expanding "{name}"
/// references to its macros and to the word classes of <see cref="TimeLexicon"/>, and anchors
/// each pattern at word boundaries.
/// </summary>
public static partial class TimePatterns
{
    public static readonly IReadOnlyList<TimePattern> All = Load("Times/time-patterns.tsv");

    public static IReadOnlyList<TimePattern> Load(string fileName)
    {
        var macros = new Dictionary<string, string>();
        var patterns = new List<TimePattern>();
        foreach (var row in DataFile.Rows(fileName, 3))
        {
            if (row[0] == "macro")
            {
                macros[row[1]] = Expand(row[2], macros);
                continue;
            }

            var body = Expand(row[1], macros);

            // A pattern that states what must precede it (a year range's second year) sets its own left boundary.
            var leftBoundary = row[1].StartsWith("(?<=", StringComparison.Ordinal) ? string.Empty : PatternScanner.WordStart;
            var scanner = new PatternScanner(
                $@"{leftBoundary}(?:{body})(?!\w)",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
                TimeSpan.FromSeconds(5));
            patterns.Add(new TimePattern(row[0], scanner, patterns.Count));
        }

        return patterns;
    }

    private static string Expand(string pattern, IReadOnlyDictionary<string, string> macros) =>
        Reference().Replace(pattern, match =>
        {
            var name = match.Groups[1].Value;
            return macros.TryGetValue(name, out var macro) ? macro : TimeLexicon.Alternation(name);
        });

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Reference();
}
