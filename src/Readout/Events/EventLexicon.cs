using System.Collections.Frozen;
using System.Collections.Immutable;
using Readout.Core;

namespace Readout.Events;

/// <summary>The event patterns of the 16 PLOVER types, matched over inflected word forms.</summary>
public sealed class EventLexicon
{
    public static readonly ImmutableArray<string> Types =
    [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ];

    /// <summary>The requirement that a capitalized word (a name) follows the trigger.</summary>
    private const string NameFollows = "Name";

    /// <summary>The requirement that a name stands right before the trigger.</summary>
    private const string NameBefore = "<Name";

    /// <summary>Most words a "*" in a pattern may skip.</summary>
    private const int MaxGap = 4;

    private readonly ImmutableArray<EventPattern> patterns;
    private readonly FrozenDictionary<EventPattern, ImmutableArray<IReadOnlySet<string>>> forms;
    private readonly FrozenDictionary<string, ImmutableArray<EventPattern>> byFirstForm;

    public EventLexicon(IEnumerable<EventPattern> patterns)
    {
        this.patterns = [.. patterns];
        forms = this.patterns.Distinct().ToFrozenDictionary(p => p, p => p.Words.Select(WordForms).ToImmutableArray());
        byFirstForm = this.patterns
            .SelectMany(p => forms[p][0].Select(form => (Form: form, Pattern: p)))
            .GroupBy(pair => pair.Form, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(pair => pair.Pattern).Distinct().ToImmutableArray(), StringComparer.Ordinal);
    }

    public static EventLexicon Standard { get; } = new(Types.SelectMany(type => Parse(type, DataFile.Rows($"Events/plover-{type.ToLowerInvariant()}.tsv", 5))));

    public ImmutableArray<EventPattern> Patterns => patterns;

    public static IEnumerable<EventPattern> Parse(string type, IEnumerable<string[]> rows) => rows.Select(row => new EventPattern(
        type,
        [.. row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)],
        row[1].Trim() is { Length: > 0 } mode ? mode : null,
        [.. row[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(List)],
        List(row[3]),
        List(row[4]).Contains("initiator"),
        List(row[4]).Contains("intent")));

    /// <summary>Whether some word is the first word of a pattern: a sentence without one has no match, and the rest of its reading can be skipped.</summary>
    public bool MayMatch(ImmutableArray<string> words) => words.Any(byFirstForm.ContainsKey);

    /// <summary>
    /// Non-overlapping matches over lower-cased tokens: the longest span wins, then a pattern with
    /// a requirement met over one without, then lexicon order. A trigger's own words are never
    /// capitalized in the text (<paramref name="capitalized"/>), which marks a name ("Strike Force",
    /// "March"); a "*" may skip one ("lifted Friday the blockade", "signed the Minsk agreement").
    /// <paramref name="nameStarts"/> tells which words can start a name ("Okafor", not "Thursday"); by default the capitalized ones.
    /// </summary>
    public ImmutableArray<PatternMatch> Match(IReadOnlyList<string> words, IReadOnlyList<bool> capitalized, IReadOnlyList<bool>? nameStarts = null)
    {
        var candidates = new List<PatternMatch>();
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var pattern in byFirstForm.GetValueOrDefault(words[i], []))
            {
                if (MatchFrom(forms[pattern], 0, words, capitalized, i) is { } last
                    && Allowed(pattern, words, nameStarts ?? capitalized, i, last))
                {
                    candidates.Add(new PatternMatch(i, last, pattern));
                }
            }
        }

        var chosen = new List<PatternMatch>();
        foreach (var candidate in candidates
            .OrderByDescending(c => c.Last - c.First)
            .ThenByDescending(c => c.Pattern.Requires.Length))
        {
            if (!chosen.Any(c => c.First < candidate.Last && candidate.First < c.Last))
            {
                chosen.Add(candidate);
            }
        }

        return [.. chosen.OrderBy(c => c.First)];
    }

    private static ImmutableArray<string> List(string cell) =>
        [.. cell.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static IReadOnlySet<string> WordForms(string word) =>
        word.StartsWith('=') ? new HashSet<string>(StringComparer.Ordinal) { word[1..] } : Inflections.FormsOf(word);

    /// <summary>The end of a match of pattern words from <paramref name="index"/> on, none of them capitalized in the text, or null.</summary>
    private static int? MatchFrom(ImmutableArray<IReadOnlySet<string>> pattern, int index, IReadOnlyList<string> words, IReadOnlyList<bool> capitalized, int position)
    {
        if (index == pattern.Length)
        {
            return position;
        }

        if (pattern[index].Contains("*"))
        {
            for (var skip = 0; skip <= MaxGap && position + skip <= words.Count; skip++)
            {
                if (MatchFrom(pattern, index + 1, words, capitalized, position + skip) is { } end)
                {
                    return end;
                }
            }

            return null;
        }

        return position < words.Count && pattern[index].Contains(words[position]) && !capitalized[position]
            ? MatchFrom(pattern, index + 1, words, capitalized, position + 1)
            : null;
    }

    private static bool Allowed(EventPattern pattern, IReadOnlyList<string> words, IReadOnlyList<bool> nameStarts, int first, int last)
    {
        bool Met(string requirement) => requirement switch
        {
            NameFollows => last < words.Count && nameStarts[last],
            NameBefore => first > 0 && nameStarts[first - 1],
            ['<', .. var word] => first > 0 && words[first - 1] == word,
            _ => words.Any(Inflections.FormsOf(requirement).Contains),
        };
        if (!pattern.Requires.All(group => group.Any(Met)))
        {
            return false;
        }

        var before = first > 0 ? words[first - 1] : string.Empty;
        var beside = words.Skip(last).Take(2).Append(before);
        return !pattern.Unless.Any(u => u.StartsWith('<') ? before == u[1..] : beside.Any(Inflections.FormsOf(u).Contains));
    }
}
