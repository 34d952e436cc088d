using System.Collections.Frozen;
using Readout.Core;

namespace Readout.Tokens;

/// <summary>Word-list data files as case-insensitive sets that can be probed with a span of the text.</summary>
internal static class WordSets
{
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Load(string fileName) =>
        DataFile.Rows(fileName, 1)
            .Select(row => row[0].Trim())
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
