namespace Readout.Core;

/// <summary>
/// What this thread made last for a few keys, found by reference. A core analyzes a few documents
/// together, stage by stage, so a later stage finds what an earlier one made for the same document
/// (its token view, its name units); nothing is kept alive with the documents themselves.
/// </summary>
public static class ThreadRecent<TKey, TValue>
    where TKey : class
{
    /// <summary>How many values a thread keeps: more than the documents a core analyzes together.</summary>
    private const int Kept = 16;

    [ThreadStatic]
    private static (TKey? Key, TValue? Value)[]? entries;

    [ThreadStatic]
    private static int next;

    /// <summary>The value this thread made for <paramref name="key"/> among its last few, else one made now and kept.</summary>
    public static TValue GetOrMake(TKey key, Func<TKey, TValue> make)
    {
        var kept = entries ??= new (TKey?, TValue?)[Kept];
        foreach (var (madeFor, value) in kept)
        {
            if (ReferenceEquals(madeFor, key))
            {
                return value!;
            }
        }

        var made = make(key);
        kept[next] = (key, made);
        next = (next + 1) % Kept;
        return made;
    }
}
