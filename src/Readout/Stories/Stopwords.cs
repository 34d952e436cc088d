using System.Collections.Frozen;
using Readout.Core;

namespace Readout.Stories;

/// <summary>The function words that say nothing of a story (stopwords.txt), for every stage that compares texts.</summary>
public static class Stopwords
{
    private static readonly Lazy<FrozenSet<string>> Words = new(() =>
        DataFile.Lines("Stories/stopwords.txt").Select(line => line.Trim()).ToFrozenSet(StringComparer.Ordinal));

    public static bool IsStopword(string word) => Words.Value.Contains(word);
}
