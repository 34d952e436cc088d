namespace Readout.Tokens;

/// <summary>
/// A light English suffix stemmer: folds plurals, possessives and the common verb and
/// noun endings and a final e, so that "quake", "quakes", "quaked" and "quaking" share the stem "quak".
/// Shared by the stages that compare texts (story features, quote alignment); conflating a
/// little too much is harmless there, since stems only feed similarity scores.
/// </summary>
public static class SuffixStemmer
{
    private const int MinStem = 3;

    private static readonly (string Suffix, string Replacement)[] Rules =
    [
        ("ational", "ate"),
        ("ization", "ize"),
        ("fulness", "ful"),
        ("iveness", "ive"),
        ("ations", "ate"),
        ("ation", "ate"),
        ("ments", string.Empty),
        ("ment", string.Empty),
        ("ingly", string.Empty),
        ("ings", string.Empty),
        ("ing", string.Empty),
        ("edly", string.Empty),
        ("ives", string.Empty),
        ("ive", string.Empty),
        ("ies", "y"),
        ("ied", "y"),
        ("ed", string.Empty),
        ("ers", string.Empty),
        ("er", string.Empty),
        ("ly", string.Empty),
        ("es", string.Empty),
        ("s", string.Empty),
    ];

    public static string Stem(string word)
    {
        var lower = word.ToLowerInvariant().Replace('’', '\'');
        if (lower.EndsWith("'s", StringComparison.Ordinal))
        {
            lower = lower[..^2];
        }

        lower = lower.TrimEnd('\'');
        if (lower.Length <= MinStem + 1 || lower.EndsWith("ss", StringComparison.Ordinal) || lower.EndsWith("us", StringComparison.Ordinal) || lower.EndsWith("is", StringComparison.Ordinal))
        {
            return lower;
        }

        var stem = RuleFor(lower) is var (suffix, replacement) ? Undouble(lower[..^suffix.Length]) + replacement : lower;
        return stem.Length > MinStem && stem[^1] == 'e' ? stem[..^1] : stem;
    }

    /// <summary>The first rule whose suffix ends the word and leaves a stem long enough, or null.</summary>
    private static (string Suffix, string Replacement)? RuleFor(string word)
    {
        foreach (var rule in Rules)
        {
            if (word.EndsWith(rule.Suffix, StringComparison.Ordinal) && word.Length - rule.Suffix.Length >= MinStem)
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>"stopp" (from "stopped") becomes "stop"; "fall" keeps its double l.</summary>
    private static string Undouble(string stem) =>
        stem.Length > MinStem && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z') && !"aeiou".Contains(stem[^1])
            ? stem[..^1]
            : stem;
}
