namespace Readout.Stories;

/// <summary>Whether words already stand in ordinal order, as stored features are read back, so they need no sorting.</summary>
internal static class OrdinalOrder
{
    /// <summary>Whether no word sorts before the one ahead of it (equal neighbours allowed).</summary>
    public static bool Holds(ReadOnlySpan<string> words)
    {
        for (var i = 1; i < words.Length; i++)
        {
            if (string.CompareOrdinal(words[i - 1], words[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
