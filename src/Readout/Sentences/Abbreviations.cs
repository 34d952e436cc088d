using System.Collections.Frozen;
using Readout.Tokens;

namespace Readout.Sentences;

/// <summary>The abbreviation lexicons shared by the sentence splitter and the tokenizer.</summary>
public static class Abbreviations
{
    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> Known = new(() => WordSets.Load("Sentences/abbreviations.txt"));
    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> Titles = new(() => WordSets.Load("Sentences/abbreviations-before-names.txt"));
    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> NumberPrefixes = new(() => WordSets.Load("Sentences/abbreviations-before-numbers.txt"));
    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> Starters = new(() => WordSets.Load("Sentences/sentence-starters.txt"));

    /// <summary>Classifies the word written before a period, without that period ("U.S", "Gen", "J").</summary>
    public static AbbreviationKind Classify(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return AbbreviationKind.None;
        }

        if (NumberPrefixes.Value.Contains(word))
        {
            return AbbreviationKind.BeforeNumber;
        }

        if (Titles.Value.Contains(word))
        {
            return AbbreviationKind.BeforeName;
        }

        return Known.Value.Contains(word) || IsInitialism(word) ? AbbreviationKind.Ambiguous : AbbreviationKind.None;
    }

    /// <summary>An initial or dotted initialism without its last period: "J", "J.R.R", "U.S", "e.g".</summary>
    public static bool IsInitialism(ReadOnlySpan<char> word)
    {
        if (word.Length == 1)
        {
            return char.IsUpper(word[0]);
        }

        for (var i = 0; i < word.Length; i++)
        {
            var letterExpected = i % 2 == 0;
            if (letterExpected ? !char.IsLetter(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return word.Length % 2 == 1;
    }

    /// <summary>A closed-class word that usually opens a sentence ("The", "He", "But").</summary>
    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => Starters.Value.Contains(word);
}
