using System.Text.RegularExpressions;
using FsCheck.Xunit;
using Readout.Times;

namespace Readout.Tests.Times;

public class PatternScannerTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly IReadOnlyList<TimePattern> AllPatterns =
        [.. TimePatterns.All, .. TimePatterns.Load("Quantities/quantity-patterns.tsv")];

    private static readonly IReadOnlyList<PatternScanner> FastScanners =
        [.. AllPatterns.Select(pattern => Fast(pattern.Scanner.Regex.ToString()))];

    private static PatternScanner Fast(string pattern) => new(pattern, Options, TimeSpan.FromSeconds(5), plainScans: 0);

    /// <summary>Every match as index, length and the index and length of each group that took part.</summary>
    private static List<string> Describe(IEnumerable<Match> matches) =>
        [.. matches.Select(match => string.Join(' ', match.Groups.Cast<Group>().Where(group => group.Success).Select(group => $"{group.Name}:{group.Index}+{group.Length}")))];

    [Property(Arbitrary = [typeof(TimeLikeTextArbitrary)], MaxTest = 300)]
    public bool The_fast_scan_finds_the_matches_of_a_plain_scan(TimeLikeText text)
    {
        for (var i = 0; i < AllPatterns.Count; i++)
        {
            if (!Describe(FastScanners[i].Matches(text.Value)).SequenceEqual(Describe(AllPatterns[i].Scanner.Regex.Matches(text.Value))))
            {
                return false;
            }
        }

        return true;
    }

    [Theory]
    [InlineData("more than two years ago and three days ago")]
    [InlineData("two years ago")]
    [InlineData("It ended in 2003, and 2008 followed.")]
    [InlineData("")]
    public void Matches_at_the_start_of_the_text_and_after_one_another_are_found(string text)
    {
        foreach (var pattern in AllPatterns)
        {
            Assert.Equal(Describe(pattern.Scanner.Regex.Matches(text)), Describe(Fast(pattern.Scanner.Regex.ToString()).Matches(text)));
        }
    }

    [Fact]
    public void A_pattern_that_starts_with_an_optional_part_keeps_its_first_match()
    {
        // The linear-time engine alone skips "2003" here (dotnet/runtime#130176): "fy" in "modify" starts the optional part.
        var scanner = Fast(PatternScanner.WordStart + @"(?:fiscal\s+|FY\s?)?20\d\d");

        Assert.Equal([24, 34], scanner.Matches("modify or delete Server 2003, and 2008.").Select(match => match.Index));
    }

    [Theory]
    [InlineData(@"(?:(?<=\bin\s+)\d+\s+days?)(?!\w)", "in 3 days, within 4 days, in  5 days and in6 days")]
    [InlineData(@"(?:(?<=x|\s)\d+)", "x1 2 y3")]
    [InlineData(@"(?:(?<=\s)\d+)?a", "1a 2a a")]
    public void A_pattern_led_by_a_lookbehind_finds_what_a_plain_scan_finds(string pattern, string text)
    {
        var plain = new Regex(pattern, Options);

        Assert.Equal(Describe(plain.Matches(text)), Describe(Fast(pattern).Matches(text)));
    }

    [Fact]
    public void A_lookahead_that_ends_the_pattern_is_consumed_and_other_lookarounds_are_dropped()
    {
        var copy = PatternScanner.WithoutLookaroundsAndCaptures(@"(?<num>\d+)(?!%)\s+(?=days?\b)");

        Assert.Equal(@"(?:\d+)(?:)\s+(?:days?\b)", copy);
    }

    [Fact]
    public void Brackets_and_escaped_parentheses_are_not_groups()
    {
        var copy = PatternScanner.WithoutLookaroundsAndCaptures(@"[(?<x>]\(?<y>(?<z>a)");

        Assert.Equal(@"[(?<x>]\(?<y>(?:a)", copy);
    }
}
