using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Readout.Times;

/// <summary>
/// Finds exactly the matches <see cref="Regex.Matches(string)"/> finds for a pattern that starts
/// at a word boundary, "(?&lt;![\w'’-])", or after whitespace, but much faster when the pattern
/// is large and rarely matches. The backtracking engine tries such a pattern at every word of the text, which for
/// the time patterns' long word lists costs microseconds a word. Here a copy of the pattern runs
/// on the linear-time engine (<see cref="RegexOptions.NonBacktracking"/>) to find the next place
/// the pattern could match; the pattern itself is tried only there, anchored, and the scan goes
/// on after its match as <see cref="Regex.Matches(string)"/> would. What the pattern shows of its
/// matches (<see cref="PatternReading"/>) saves more: a text that lacks every string the pattern
/// requires is not scanned at all, and a pattern whose matches start with known texts (a month
/// name) or with a character that is no letter (a digit) is tried, anchored, only where one is.
/// </summary>
/// <remarks>
/// <para>
/// The linear-time engine has no lookarounds, so the copy consumes the character before the
/// match (which the leading lookbehind only looks at; one that looks for whitespace makes it no
/// word character either) and drops the other lookarounds and the
/// captures: wherever the pattern matches, the copy matches one character earlier. The copy
/// starts with that required character on purpose: the linear-time engine can skip the first
/// match of a pattern that starts with an optional part (dotnet/runtime#130176).
/// </para>
/// <para>
/// Building the copy costs about as much as scanning a hundred texts the plain way (most of a
/// second for all the time patterns), and reading the pattern a few hundred texts' worth of the
/// time it saves, so a scanner scans plainly until it has scanned a hundred texts: a short run
/// starts fast, a long one gets the fast scan (and builds the copy only if the reading leaves it
/// needed).
/// </para>
/// </remarks>
public sealed class PatternScanner
{
    /// <summary>The left boundary the scanner needs at the start of a pattern.</summary>
    public const string WordStart = @"(?<![\w'’-])";

    /// <summary>Characters before which a pattern that starts with <see cref="WordStart"/> cannot match: the ASCII ones of its class.</summary>
    private static readonly SearchValues<char> WordCharactersBefore =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_'’-");

    private static readonly SearchValues<char> NameCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");

    private readonly Lazy<Regex?> candidates;
    private readonly Lazy<PatternReading> reading;
    private readonly Regex anchored;
    private readonly int plainScans;
    private readonly bool startsAtWord;
    private int scans;

    /// <param name="pattern">The pattern.</param>
    /// <param name="options">Its options.</param>
    /// <param name="timeout">The match timeout of the backtracking regexes (the linear-time one needs none, and setting one up costs on every call).</param>
    /// <param name="plainScans">How many texts to scan plainly before building the fast scan.</param>
    public PatternScanner(string pattern, RegexOptions options, TimeSpan timeout, int plainScans = 100)
    {
        this.plainScans = plainScans;
        startsAtWord = pattern.StartsWith(WordStart, StringComparison.Ordinal);
        Regex = new Regex(pattern, options, timeout);
        anchored = new Regex($@"\G(?:{pattern})", options, timeout);
        candidates = new(() => Candidates(pattern, options));
        reading = new(() => PatternReading.Of(pattern, options));
    }

    /// <summary>The pattern as given.</summary>
    public Regex Regex { get; }

    /// <summary>The matches of the pattern in <paramref name="text"/>, in order, as <see cref="Regex.Matches(string)"/> gives them.</summary>
    public IEnumerable<Match> Matches(string text)
    {
        if (Interlocked.Increment(ref scans) <= plainScans)
        {
            foreach (Match match in Regex.Matches(text))
            {
                yield return match;
            }

            yield break;
        }

        var reading = this.reading.Value;
        if (!reading.MayMatch(text))
        {
            yield break;
        }

        if (reading.Starts is { } starts)
        {
            foreach (var match in MatchesAt(text, starts))
            {
                yield return match;
            }

            yield break;
        }

        if (reading.OpeningSearch is { } openings && reading.SearchFindsAll(text))
        {
            foreach (var match in MatchesAt(text, openings))
            {
                yield return match;
            }

            yield break;
        }

        if (this.candidates.Value is not { } candidates)
        {
            foreach (Match match in Regex.Matches(text))
            {
                yield return match;
            }

            yield break;
        }

        // The copy cannot find a match at the very start (there is no character before it to consume).
        var position = 0;
        if (anchored.Match(text, 0) is { Success: true } first)
        {
            yield return first;
            position = first.Length > 0 ? first.Length : 1;
        }

        while (position <= text.Length)
        {
            var candidate = candidates.Match(text, Math.Max(position - 1, 0));
            if (!candidate.Success)
            {
                yield break;
            }

            var start = candidate.Index + 1;
            var match = anchored.Match(text, start);
            if (match.Success)
            {
                yield return match;

                // After an empty match the next one starts one character on, as in Regex.Matches.
                position = match.Length > 0 ? start + match.Length : start + 1;
            }
            else
            {
                position = start + 1;
            }
        }
    }

    /// <summary>The matches of a pattern that cannot match the empty text, tried anchored at each of the characters its matches start with.</summary>
    private IEnumerable<Match> MatchesAt(string text, SearchValues<char> starts) =>
        MatchesAt(text, (rest) => rest.IndexOfAny(starts));

    /// <summary>The matches of a pattern, tried anchored at each of the texts its matches start with.</summary>
    private IEnumerable<Match> MatchesAt(string text, SearchValues<string> openings) =>
        MatchesAt(text, (rest) => rest.IndexOfAny(openings));

    private IEnumerable<Match> MatchesAt(string text, NextStart next)
    {
        var position = 0;
        while (position < text.Length)
        {
            var offset = next(text.AsSpan(position));
            if (offset < 0)
            {
                yield break;
            }

            var start = position + offset;
            if (startsAtWord && start > 0 && WordCharactersBefore.Contains(text[start - 1]))
            {
                position = start + 1;
                continue;
            }

            var match = anchored.Match(text, start);
            if (match.Success)
            {
                yield return match;
                position = start + Math.Max(match.Length, 1);
            }
            else
            {
                position = start + 1;
            }
        }
    }

    private delegate int NextStart(ReadOnlySpan<char> rest);

    /// <summary>The copy for the linear-time engine, or null when the pattern has none.</summary>
    private static Regex? Candidates(string pattern, RegexOptions options)
    {
        string copy;
        if (pattern.StartsWith(WordStart, StringComparison.Ordinal))
        {
            copy = WithoutLookaroundsAndCaptures(pattern[WordStart.Length..]);
        }
        else if (StartsAfterWhitespace(pattern))
        {
            copy = WithoutLookaroundsAndCaptures(pattern);
        }
        else
        {
            return null;
        }

        try
        {
            return new Regex(@"[^\w'’-]" + copy, options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            // A construct the linear-time engine lacks (a backreference, an atomic group): the plain scan.
            return null;
        }
    }

    /// <summary>
    /// The pattern with each named group made non-capturing and each lookaround group dropped,
    /// except a lookahead that ends the pattern, whose text the copy consumes instead: the copy
    /// matches wherever the pattern does, and in more places.
    /// </summary>
    public static string WithoutLookaroundsAndCaptures(string pattern)
    {
        var result = new StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                result.Append(pattern, i, Math.Min(2, pattern.Length - i));
                i++;
            }
            else if (pattern[i] == '[')
            {
                var end = ClassEnd(pattern, i);
                result.Append(pattern, i, end - i + 1);
                i = end;
            }
            else if (pattern.AsSpan(i).StartsWith("(?=") && OnlyZeroWidthAfter(pattern, GroupEnd(pattern, i) + 1))
            {
                result.Append("(?:");
                i += 2;
            }
            else if (IsLookaround(pattern, i))
            {
                result.Append("(?:)");
                i = GroupEnd(pattern, i);
            }
            else if (NamedGroupNameEnd(pattern, i) is { } nameEnd)
            {
                result.Append("(?:");
                i = nameEnd;
            }
            else
            {
                result.Append(pattern[i]);
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// Whether every match of the pattern follows whitespace: the pattern is one group, without
    /// alternatives or quantifier, that starts with a lookbehind for text ending in whitespace
    /// ("(?:(?&lt;=\bin\s+)...)").
    /// </summary>
    private static bool StartsAfterWhitespace(string pattern)
    {
        if (!pattern.StartsWith("(?:(?<=", StringComparison.Ordinal))
        {
            return false;
        }

        var groupEnd = GroupEnd(pattern, 0);
        var lookbehindEnd = GroupEnd(pattern, 3);
        var lookedFor = pattern[7..lookbehindEnd];
        return !(groupEnd + 1 < pattern.Length && pattern[groupEnd + 1] is '?' or '*' or '+' or '{')
            && !HasAlternatives(pattern[3..groupEnd]) && !HasAlternatives(lookedFor)
            && (lookedFor.EndsWith(@"\s+", StringComparison.Ordinal) || lookedFor.EndsWith(@"\s", StringComparison.Ordinal))
            && !lookedFor.TrimEnd('+').EndsWith(@"\\s", StringComparison.Ordinal);
    }

    /// <summary>Whether the pattern has a '|' outside its groups and character classes.</summary>
    private static bool HasAlternatives(string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = ClassEnd(pattern, i);
                    break;
                case '(':
                    i = GroupEnd(pattern, i);
                    break;
                case '|':
                    return true;
            }
        }

        return false;
    }

    /// <summary>Whether the pattern from <paramref name="i"/> on only closes groups and looks around.</summary>
    private static bool OnlyZeroWidthAfter(string pattern, int i)
    {
        while (i < pattern.Length)
        {
            if (pattern[i] == ')')
            {
                i++;
            }
            else if (IsLookaround(pattern, i))
            {
                i = GroupEnd(pattern, i) + 1;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLookaround(string pattern, int i) =>
        pattern.AsSpan(i) is var rest && (rest.StartsWith("(?=") || rest.StartsWith("(?!") || rest.StartsWith("(?<=") || rest.StartsWith("(?<!"));

    /// <summary>The index of the '>' that ends "(?&lt;name&gt;" at <paramref name="i"/>, or null when no named group starts there.</summary>
    private static int? NamedGroupNameEnd(string pattern, int i)
    {
        if (!pattern.AsSpan(i).StartsWith("(?<") || i + 3 >= pattern.Length || !char.IsLetter(pattern[i + 3]))
        {
            return null;
        }

        var end = pattern.IndexOf('>', i + 3);
        return end < 0 || pattern.AsSpan(i + 3, end - i - 3).ContainsAnyExcept(NameCharacters) ? null : end;
    }

    /// <summary>The index of the ')' that closes the group opened at <paramref name="open"/>.</summary>
    private static int GroupEnd(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = ClassEnd(pattern, i);
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when --depth == 0:
                    return i;
            }
        }

        throw new ArgumentException($"Unbalanced group at {open} in pattern: {pattern}", nameof(pattern));
    }

    /// <summary>The index of the ']' that closes the character class opened at <paramref name="open"/>.</summary>
    private static int ClassEnd(string pattern, int open)
    {
        // A ']' right after "[" or "[^" is a member, not the end.
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == ']')
            {
                return i;
            }
        }

        throw new ArgumentException($"Unterminated character class at {open} in pattern: {pattern}", nameof(pattern));
    }
}
