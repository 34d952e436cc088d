using System.Text.RegularExpressions;

namespace Readout.Core;

/// <summary>
/// A regular expression that runs interpreted for its first uses and compiled after them.
/// Compiling costs milliseconds a pattern, which a one-article run should not pay; a long run
/// (a folder, a feed) gains several times the speed. Both engines find the same matches.
/// </summary>
/// <param name="interpretedUses">How many uses run interpreted before the compiled copy is built.</param>
public sealed class WarmingRegex(string pattern, RegexOptions options, TimeSpan timeout, int interpretedUses = 100)
{
    private readonly Lazy<Regex> compiled = new(() => new Regex(pattern, options | RegexOptions.Compiled, timeout));
    private int uses;

    public WarmingRegex(string pattern, RegexOptions options)
        : this(pattern, options, Regex.InfiniteMatchTimeout)
    {
    }

    /// <summary>The pattern, interpreted.</summary>
    public Regex Interpreted { get; } = new(pattern, options, timeout);

    /// <summary>The regex to use now: counts the use, and past the interpreted uses gives the compiled copy.</summary>
    public Regex Next() => Interlocked.Increment(ref uses) > interpretedUses ? compiled.Value : Interpreted;
}
