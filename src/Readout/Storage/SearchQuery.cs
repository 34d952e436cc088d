using System.Text;

namespace Readout.Storage;

/// <summary>
/// What a person types into <c>readout search</c>, turned into an FTS5 query that cannot trip its
/// syntax: words (all must match, stemmed), <c>"a phrase"</c> (an unclosed quote runs to the end),
/// <c>prefix*</c>, and <c>OR</c> between two terms. Anything else (brackets, other operators,
/// punctuation) is searched as text or ignored.
/// </summary>
public static class SearchQuery
{
    /// <summary>Whether <paramref name="text"/> makes a query: something to search for, and OR only between two terms.</summary>
    public static bool IsSearchable(string text)
    {
        try
        {
            ToFts(text);
            return true;
        }
        catch (SearchQueryException)
        {
            return false;
        }
    }

    /// <summary>The FTS5 match expression for <paramref name="text"/>.</summary>
    /// <exception cref="SearchQueryException">Nothing in it can be searched, or OR lacks a term on one side.</exception>
    public static string ToFts(string text)
    {
        var parts = new List<string>();
        var pendingOr = false;
        foreach (var (term, quoted) in Terms(text))
        {
            if (!quoted && term == "OR")
            {
                if (parts.Count == 0 || pendingOr)
                {
                    throw new SearchQueryException("OR needs a word or phrase on each side, as in: talks OR summit");
                }

                pendingOr = true;
                continue;
            }

            if (!quoted && term == "AND")
            {
                continue;
            }

            var prefix = !quoted && term.EndsWith('*');
            var words = prefix ? term.TrimEnd('*') : term;
            if (!words.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            var phrase = "\"" + words.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (prefix ? "*" : string.Empty);
            parts.Add(pendingOr ? "OR " + phrase : phrase);
            pendingOr = false;
        }

        if (pendingOr)
        {
            throw new SearchQueryException("OR needs a word or phrase on each side, as in: talks OR summit");
        }

        if (parts.Count == 0)
        {
            throw new SearchQueryException(text.Trim().Length == 0
                ? "the query is empty; give words to find, as in: readout search \"working groups\""
                : "the query has no letters or digits to search for; give words, \"a phrase\", or a prefix such as Zelensk*");
        }

        return string.Join(' ', parts);
    }

    /// <summary>The query's terms in order: quoted phrases (with <c>quoted</c> set) and bare words.</summary>
    internal static IEnumerable<(string Term, bool Quoted)> Terms(string typed)
    {
        // Control characters separate terms: SQLite would cut the query at a NUL inside a phrase.
        var text = string.Concat(typed.Select(c => char.IsControl(c) ? ' ' : c));
        var index = 0;
        while (index < text.Length)
        {
            if (char.IsWhiteSpace(text[index]))
            {
                index++;
            }
            else if (text[index] == '"')
            {
                var close = text.IndexOf('"', index + 1);
                var end = close < 0 ? text.Length : close;
                yield return (text[(index + 1)..end], true);
                index = end + 1;
            }
            else
            {
                var word = new StringBuilder();
                while (index < text.Length && !char.IsWhiteSpace(text[index]) && text[index] != '"')
                {
                    word.Append(text[index++]);
                }

                yield return (word.ToString(), false);
            }
        }
    }
}
