using System.Collections.Frozen;
using Readout.Core;

namespace Readout.Quotes;

/// <summary>The word lists the quotation annotator reads (quote-*.tsv/txt data files).</summary>
public static class QuoteLexicon
{
    private static readonly Lazy<FrozenDictionary<string, CueRole>> CueVerbs = new(() =>
        DataFile.Rows("Sentences/speech-verbs.tsv", 3)
            .GroupBy(row => row[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => RoleOf(g.First()[2]), StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<FrozenDictionary<string, WordClass>> Words = new(() =>
        DataFile.Rows("Quotes/quote-words.tsv", 2)
            .ToFrozenDictionary(row => row[0], row => Enum.Parse<WordClass>(row[1], ignoreCase: true), StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<FrozenSet<string>> Roles = new(() =>
        DataFile.Lines("Quotes/roles.txt").Select(line => line.Trim()).ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<IReadOnlyList<string[]>> Channels = new(() =>
        [.. DataFile.Lines("Quotes/channels.txt").Select(line => line.Trim().Split(' ')).OrderByDescending(words => words.Length)]);

    /// <summary>The cue verb's role, or null when the words are no cue verb ("pointed out" is listed whole).</summary>
    public static CueRole? Cue(string word) => CueVerbs.Value.TryGetValue(word, out var role) ? role : null;

    public static WordClass? ClassOf(string word) => Words.Value.TryGetValue(word, out var wordClass) ? wordClass : null;

    public static bool IsRole(string word) => Roles.Value.Contains(word);

    /// <summary>How many of the words from <paramref name="at"/> name a channel ("social media post"), or 0.</summary>
    public static int ChannelLength(IReadOnlyList<string> words, int at) =>
        Channels.Value.FirstOrDefault(channel => channel.Length <= words.Count - at
            && channel.Select((w, i) => string.Equals(w, words[at + i], StringComparison.OrdinalIgnoreCase)).All(same => same))?.Length ?? 0;

    private static CueRole RoleOf(string cell) => cell switch
    {
        "audience" => CueRole.Audience,
        _ => CueRole.Speech,
    };
}
