namespace Readout.Core;

/// <summary>Questions about the letters of a word, asked without enumerating it as a sequence (which allocates on every call).</summary>
public static class Letters
{
    /// <summary>Whether every character is a letter (true for the empty word).</summary>
    public static bool All(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether any character is a lower-case letter.</summary>
    public static bool AnyLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any character is an upper-case letter.</summary>
    public static bool AnyUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}
