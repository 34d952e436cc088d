using System.Text;

namespace Readout.Storage;

/// <summary>
/// What a person types into <c>readout search</c>, as a PostgreSQL tsquery built from parameters so
/// no user text is ever SQL or tsquery syntax: each bare word and each <c>"quoted phrase"</c> must
/// match (stemmed, words of a phrase in order; an unclosed quote runs to the end), <c>prefix*</c>
/// matches any word starting so, <c>OR</c> between two terms lets either match, and a bare
/// <c>AND</c>, brackets and punctuation are searched as text or ignored. The same syntax the
/// SQLite store's search accepts.
/// </summary>
public static class PostgresSearchQuery
{
    /// <summary>The tsquery expression (SQL over the returned parameters); null when nothing in <paramref name="text"/> can be searched.</summary>
    public static (string Expression, IReadOnlyList<(string Name, object? Value)> Parameters)? Translate(string text, string configuration)
    {
        var groups = new List<List<string>>();
        var parameters = new List<(string Name, object? Value)>();
        var pendingOr = false;
        foreach (var (term, quoted) in SearchQuery.Terms(text))
        {
            if (!quoted && term is "OR" or "AND")
            {
                pendingOr = term == "OR" && groups.Count > 0;
                continue;
            }

            var prefix = !quoted && term.EndsWith('*');
            var words = Words(prefix ? term.TrimEnd('*') : term);
            if (words.Count == 0)
            {
                continue;
            }

            var name = "term" + parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            parameters.Add((name, prefix ? string.Join(" <-> ", words) + ":*" : string.Join(' ', words)));
            var expression = prefix ? $"to_tsquery('{configuration}', @{name})" : $"phraseto_tsquery('{configuration}', @{name})";
            if (pendingOr)
            {
                groups[^1].Add(expression);
            }
            else
            {
                groups.Add([expression]);
            }

            pendingOr = false;
        }

        return groups.Count == 0
            ? null
            : (string.Join(" && ", groups.Select(group => "(" + string.Join(" || ", group) + ")")), parameters);
    }

    /// <summary>The runs of letters and digits in <paramref name="term"/>: what text search indexes of it.</summary>
    private static List<string> Words(string term)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in term.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        return words;
    }
}
