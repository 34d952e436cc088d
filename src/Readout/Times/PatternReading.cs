using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Readout.Times;

/// <summary>
/// What can be known about every match of a case-insensitive pattern from the pattern alone,
/// to avoid scanning a text where it cannot match: the strings of which every match contains
/// one (the time patterns' long word lists, "{month}", "ago", "quarter", are absent from most
/// texts), the texts every match starts with ("early", "late" or a month name), and the
/// characters a match can start with, when none is a letter (a clock time starts with a digit).
/// </summary>
/// <remarks>
/// The reading is conservative: whatever it does not understand (a class of letters, "\s", a
/// repetition that may be empty) adds no requirement, and a construct it cannot read makes
/// none at all. The text is searched ignoring case by ordinal rules, which equate every pair
/// of ASCII letters the regex equates, and more; the one character the regex also equates with
/// an ASCII letter, the Kelvin sign (it matches "k"), makes a text always scanned.
/// </remarks>
public sealed class PatternReading
{
    /// <summary>The most strings a finite set of exact texts may hold before it is given up.</summary>
    private const int MostExactTexts = 512;

    /// <summary>The most requirements searched for in a text.</summary>
    private const int MostRequirements = 3;

    /// <summary>The most members of a character class read as its exact texts.</summary>
    private const int MostClassMembers = 16;

    private static readonly SearchValues<char> CaseFoldedOnlyByRegex = SearchValues.Create("\u212A");

    private static readonly Lazy<HashSet<char>> DecimalDigits = new(() =>
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(code => (char)code).Where(character => char.GetUnicodeCategory(character) == UnicodeCategory.DecimalDigitNumber)]);

    private static readonly PatternReading Unread = new([], null, []);

    private readonly SearchValues<string>[] required;

    private PatternReading(IEnumerable<HashSet<string>> required, IReadOnlyCollection<char>? starts, IReadOnlyList<string> openings)
    {
        Openings = [.. openings.Order(StringComparer.Ordinal)];
        OpeningSearch = openings.Count == 0 ? null : SearchValues.Create([.. Openings], StringComparison.OrdinalIgnoreCase);
        Required = [.. required.Select(strings => (IReadOnlyList<string>)[.. strings.Order(StringComparer.Ordinal)])];
        this.required = [.. Required.Select(strings => SearchValues.Create([.. strings], StringComparison.OrdinalIgnoreCase))];
        Starts = starts is null ? null : SearchValues.Create([.. starts.Order()]);
    }

    /// <summary>
    /// What every match contains: one string of each list. Empty when there is no requirement
    /// worth a search (one a string of two letters meets is met by nearly every text).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Required { get; }

    /// <summary>The characters every match starts with, none of them a letter; null when they are not known so.</summary>
    public SearchValues<char>? Starts { get; }

    /// <summary>Texts of which every match starts with one, each at least three characters long; empty when they are not known so.</summary>
    public IReadOnlyList<string> Openings { get; }

    /// <summary><see cref="Openings"/> for a search, ignoring case; null when there are none.</summary>
    public SearchValues<string>? OpeningSearch { get; }

    /// <summary>What is known about every match of <paramref name="pattern"/> under <paramref name="options"/>.</summary>
    public static PatternReading Of(string pattern, RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
    {
        if ((options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) != 0)
        {
            // Whitespace and "#" that mean something else, or a scan from the end: not read.
            return Unread;
        }

        Reading whole;
        try
        {
            whole = new PatternReader(pattern).Whole();
        }
        catch (NotSupportedException)
        {
            return Unread;
        }

        var worthSearching = new List<HashSet<string>>();
        foreach (var strings in whole.Needs.Where(strings => Rarity(strings) >= 3).OrderByDescending(Rarity).ThenBy(strings => strings.Count))
        {
            // "90" adds nothing to "90s": every text with "90s" has it.
            if (worthSearching.Count < MostRequirements && !worthSearching.Any(kept => kept.All(text => strings.Any(part => text.Contains(part, StringComparison.OrdinalIgnoreCase)))))
            {
                worthSearching.Add(strings);
            }
        }

        var openings = whole.Openings is { } known && known.All(opening => opening.Text.Length >= 3) ? Shortest(known.Select(opening => opening.Text)) : [];
        return new PatternReading(worthSearching, whole.Nullable ? null : whole.First, openings);
    }

    /// <summary>Whether <paramref name="text"/> may hold a match: it meets every requirement, or it has a character that defeats the search.</summary>
    public bool MayMatch(string text)
    {
        var span = text.AsSpan();
        foreach (var strings in required)
        {
            if (!span.ContainsAny(strings))
            {
                return !SearchFindsAll(text);
            }
        }

        return true;
    }

    /// <summary>The texts none of the others starts: a search for those finds every place the longer ones start.</summary>
    private static List<string> Shortest(IEnumerable<string> texts)
    {
        var shortest = new List<string>();
        foreach (var text in texts.OrderBy(text => text.Length).ThenBy(text => text, StringComparer.Ordinal))
        {
            if (!shortest.Any(kept => text.StartsWith(kept, StringComparison.OrdinalIgnoreCase)))
            {
                shortest.Add(text);
            }
        }

        return shortest;
    }

    /// <summary>Whether a search of <paramref name="text"/> ignoring case finds every place the regex would: it has no character only the regex equates with a letter.</summary>
    public bool SearchFindsAll(string text) => !text.AsSpan().ContainsAny(CaseFoldedOnlyByRegex);

    /// <summary>How rarely a text meets a requirement, by its weakest string: its length, and one more when it has a digit, as digits are rarer than letters.</summary>
    private static int Rarity(HashSet<string> strings) =>
        strings.Count == 0 ? 0 : strings.Min(text => text.Length + (text.Any(char.IsAsciiDigit) ? 1 : 0));

    /// <summary>
    /// What a part of a pattern is known to match. <see cref="Exact"/>: every text it can match,
    /// when they are few; <see cref="Needs"/>: requirements every match meets, each by
    /// containing one of its strings;
    /// <see cref="First"/>: the characters a non-empty match starts with, when none is a letter;
    /// <see cref="Nullable"/>: whether it can match the empty text.
    /// </summary>
    private sealed record Reading(HashSet<string>? Exact, IReadOnlyList<HashSet<string>> Needs, HashSet<char>? First, bool Nullable, IReadOnlyList<Opening>? Openings)
    {
        /// <summary>One character of a kind not read further ("\s").</summary>
        public static Reading Unknown => new(null, [], null, false, [new(string.Empty, false)]);

        /// <summary>Zero width: an anchor, a lookaround.</summary>
        public static Reading Empty => new([string.Empty], [], [], true, [new(string.Empty, true)]);

        public static Reading Literal(char character) =>
            new([character.ToString()], [[character.ToString()]], char.IsLetter(character) ? null : [character], false, [new(character.ToString(), true)]);

        /// <summary>One character of a class: its members, when they could be read and are few, are its exact texts; when none is a letter, its first characters.</summary>
        public static Reading OneOf(HashSet<char>? members)
        {
            HashSet<string>? exact = members is { Count: <= MostClassMembers } ? new(members.Select(member => member.ToString()), StringComparer.OrdinalIgnoreCase) : null;
            return new(exact, exact is null ? [] : [exact], members is not null && !members.Any(char.IsLetter) ? members : null, false,
                exact is null ? [new(string.Empty, false)] : [.. exact.Select(member => new Opening(member, true))]);
        }
    }

    /// <summary>A text a match can start with; open when what follows it in the pattern may still lengthen it.</summary>
    private readonly record struct Opening(string Text, bool Open);

    /// <summary>A recursive-descent reading of .NET regex syntax, as much of it as the pattern files use.</summary>
    private sealed class PatternReader(string pattern)
    {
        private int position;

        public Reading Whole()
        {
            var whole = Alternation();
            return position == pattern.Length ? whole : throw new NotSupportedException($"Unbalanced ')' at {position}.");
        }

        private Reading Alternation()
        {
            var branches = new List<Reading> { Sequence() };
            while (position < pattern.Length && pattern[position] == '|')
            {
                position++;
                branches.Add(Sequence());
            }

            if (branches.Count == 1)
            {
                return branches[0];
            }

            var exact = branches.All(branch => branch.Exact is not null) ? Bounded(branches.SelectMany(branch => branch.Exact!)) : null;
            // Each branch meets its own best requirement, so every match meets one of them.
            IReadOnlyList<HashSet<string>> needs = exact is not null ? [exact]
                : branches.All(branch => branch.Needs.Count > 0) ? [[.. branches.SelectMany(branch => Best(branch.Needs))]]
                : [];
            var first = branches.All(branch => branch.First is not null) ? branches.SelectMany(branch => branch.First!).ToHashSet() : null;
            var openings = branches.All(branch => branch.Openings is not null) ? BoundedOpenings(branches.SelectMany(branch => branch.Openings!)) : null;
            return new Reading(exact, needs, first, branches.Any(branch => branch.Nullable), openings);
        }

        private Reading Sequence()
        {
            var parts = new List<Reading>();
            while (position < pattern.Length && pattern[position] is not ('|' or ')'))
            {
                parts.Add(Quantified(Atom()));
            }

            // Runs of parts with exact texts join into longer exact texts ("p" + "ast" is "past").
            var needs = new List<HashSet<string>>();
            HashSet<string>? run = [string.Empty];
            var unbroken = true;
            foreach (var part in parts)
            {
                needs.AddRange(part.Needs);

                run = run is not null && part.Exact is not null ? Concatenated(run, part.Exact) : null;
                if (run is not null)
                {
                    needs.Add(run);
                }
                else
                {
                    unbroken = false;
                    run = part.Exact is null ? [string.Empty] : [.. part.Exact];
                }
            }

            return new Reading(unbroken ? run : null, needs, First(parts), parts.All(part => part.Nullable), Openings(parts));
        }

        /// <summary>The characters a sequence's match starts with: its parts' up to the first that cannot be empty.</summary>
        private static HashSet<char>? First(List<Reading> parts)
        {
            var first = new HashSet<char>();
            foreach (var part in parts)
            {
                if (part.First is null)
                {
                    return null;
                }

                first.UnionWith(part.First);
                if (!part.Nullable)
                {
                    break;
                }
            }

            return first;
        }

        /// <summary>The texts a sequence's match starts with: each opening of a part lengthened by the openings of the parts after it while it stays open.</summary>
        private static IReadOnlyList<Opening> Openings(List<Reading> parts)
        {
            IReadOnlyList<Opening> openings = [new(string.Empty, true)];
            foreach (var part in parts)
            {
                if (!openings.Any(opening => opening.Open))
                {
                    break;
                }

                var lengthened = part.Openings is null ? null : BoundedOpenings(openings.SelectMany(opening => opening.Open
                    ? part.Openings.Select(next => new Opening(opening.Text + next.Text, next.Open))
                    : [opening]));
                if (lengthened is null)
                {
                    // Too many ways on: what is known so far still starts every match.
                    return Closed(openings);
                }

                openings = lengthened;
            }

            return openings;
        }

        private static IReadOnlyList<Opening>? BoundedOpenings(IEnumerable<Opening> openings)
        {
            var distinct = new List<Opening>();
            foreach (var opening in openings.Distinct())
            {
                distinct.Add(opening);
                if (distinct.Count > MostExactTexts)
                {
                    return null;
                }
            }

            return distinct;
        }

        private Reading Quantified(Reading atom)
        {
            if (position >= pattern.Length)
            {
                return atom;
            }

            (int Least, int? Most)? repetition = pattern[position] switch
            {
                '?' => (0, 1),
                '*' => (0, null),
                '+' => (1, null),
                '{' => Braces(),
                _ => null,
            };
            if (repetition is not { } times)
            {
                return atom;
            }

            position++;
            if (position < pattern.Length && pattern[position] == '?')
            {
                position++;
            }

            return times switch
            {
                (0, 1) => new Reading(atom.Exact is null ? null : Bounded(atom.Exact.Append(string.Empty)), [], atom.First, true,
                    atom.Openings is null ? null : [.. atom.Openings, new(string.Empty, true)]),
                (0, _) => new Reading(null, [], atom.First, true, Closed(atom.Openings)?.Append(new(string.Empty, true)).ToList()),
                _ => new Reading(null, atom.Needs, atom.First, atom.Nullable, Closed(atom.Openings)),
            };
        }

        /// <summary>The openings of a part that may repeat: what follows one may be the part again, not what follows it in the pattern.</summary>
        [return: NotNullIfNotNull(nameof(openings))]
        private static IReadOnlyList<Opening>? Closed(IReadOnlyList<Opening>? openings) =>
            openings?.Select(opening => opening with { Open = false }).ToList();

        /// <summary>Reads "{n}", "{n,}" or "{n,m}" up to its last character.</summary>
        private (int, int?) Braces()
        {
            var end = pattern.IndexOf('}', position);
            var bounds = pattern[(position + 1)..end].Split(',');
            position = end;
            return (int.Parse(bounds[0], CultureInfo.InvariantCulture),
                bounds.Length == 1 ? int.Parse(bounds[0], CultureInfo.InvariantCulture)
                : bounds[1].Length == 0 ? null : int.Parse(bounds[1], CultureInfo.InvariantCulture));
        }

        private Reading Atom()
        {
            var character = pattern[position++];
            switch (character)
            {
                case '(':
                    return Group();
                case '[':
                    return Reading.OneOf(Class());
                case '\\':
                    return Escape(pattern[position++]);
                case '^' or '$':
                    return Reading.Empty;
                case '.':
                    return Reading.Unknown;
                default:
                    // A letter beyond ASCII may be equated with others by rules the search does not share.
                    return character < 128 || !char.IsLetter(character) ? Reading.Literal(character) : Reading.Unknown;
            }
        }

        private Reading Escape(char escaped)
        {
            switch (escaped)
            {
                case 'b' or 'B' or 'G' or 'A' or 'z' or 'Z':
                    return Reading.Empty;
                case 'd':
                    return Reading.OneOf(DecimalDigits.Value);
                case 'D' or 's' or 'S' or 'w' or 'W':
                    return Reading.Unknown;
                case 'p' or 'P':
                    position = pattern.IndexOf('}', position) + 1;
                    return Reading.Unknown;
                default:
                    // "\t", "\u2019", backreferences and the like are not read here: the pattern gives no requirement.
                    return char.IsLetterOrDigit(escaped) ? throw new NotSupportedException($"Escape \\{escaped}.") : Reading.Literal(escaped);
            }
        }

        private Reading Group()
        {
            var lookaround = Consume("?<=") || Consume("?=") ? Lookaround.Positive
                : Consume("?<!") || Consume("?!") ? Lookaround.Negative
                : Lookaround.None;
            if (lookaround == Lookaround.None && Consume("?"))
            {
                // "(?:", "(?<name>", "(?-i:": options and names do not change what is matched here.
                if (Consume("<"))
                {
                    position = pattern.IndexOf('>', position) + 1;
                }
                else
                {
                    // "x" makes whitespace and "#" mean something else: not read.
                    while (pattern[position] is '-' or 'i' or 'm' or 'n' or 's')
                    {
                        position++;
                    }

                    if (!Consume(":"))
                    {
                        throw new NotSupportedException($"Group construct at {position}.");
                    }
                }
            }

            var inner = Alternation();
            if (!Consume(")"))
            {
                throw new NotSupportedException($"Unclosed group before {position}.");
            }

            return lookaround switch
            {
                Lookaround.Positive => Reading.Empty with { Needs = inner.Needs },
                Lookaround.Negative => Reading.Empty,
                _ => inner,
            };
        }

        private bool Consume(string text)
        {
            if (!pattern.AsSpan(position).StartsWith(text, StringComparison.Ordinal))
            {
                return false;
            }

            position += text.Length;
            return true;
        }

        /// <summary>
        /// Reads a character class after its "[": its members when they are single characters,
        /// ranges and "\d", and no letter beyond ASCII; otherwise null.
        /// </summary>
        private HashSet<char>? Class()
        {
            var members = new HashSet<char>();
            var readable = !Consume("^");
            var start = position;
            while (position < pattern.Length && (pattern[position] != ']' || position == start))
            {
                var member = pattern[position++];
                if (member == '\\')
                {
                    var escaped = pattern[position++];
                    if (escaped == 'd')
                    {
                        members.UnionWith(DecimalDigits.Value);
                        continue;
                    }

                    readable &= !char.IsLetterOrDigit(escaped);
                    member = escaped;
                }
                else if (member == '[')
                {
                    throw new NotSupportedException($"Class subtraction at {position}.");
                }

                if (pattern[position] == '-' && pattern[position + 1] != ']')
                {
                    var last = pattern[position + 1];
                    position += 2;
                    readable &= last != '\\';
                    for (var character = member; character <= last && readable; character++)
                    {
                        members.Add(character);
                    }
                }
                else
                {
                    members.Add(member);
                }
            }

            if (!Consume("]"))
            {
                throw new NotSupportedException($"Unclosed class before {position}.");
            }

            return readable && !members.Any(member => member >= 128 && char.IsLetter(member)) ? members : null;
        }

        private static HashSet<string>? Concatenated(HashSet<string> heads, HashSet<string> tails) =>
            heads.Count * tails.Count > MostExactTexts ? null : Bounded(heads.SelectMany(head => tails.Select(tail => head + tail)));

        private static HashSet<string>? Bounded(IEnumerable<string> texts)
        {
            var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var text in texts)
            {
                set.Add(text);
                if (set.Count > MostExactTexts)
                {
                    return null;
                }
            }

            return set;
        }

        /// <summary>The requirement that rules out most texts: the rarest, then the one with the fewest strings.</summary>
        private static HashSet<string> Best(IReadOnlyList<HashSet<string>> needs) =>
            needs.OrderByDescending(Rarity).ThenBy(strings => strings.Count).First();

        private enum Lookaround
        {
            None,
            Positive,
            Negative,
        }
    }
}
