using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Readout.Times;

namespace Readout.Tests.Times;

/// <summary>A small pattern in the syntax the pattern files use, and a text made of the pieces it is made of.</summary>
public sealed record PatternAndText(string Pattern, string Text)
{
    public override string ToString() => $"{Pattern} on \"{Text}\"";
}

public static class PatternAndTextArbitrary
{
    private static readonly string[] Words = ["abc", "abd", "the", "12", "7", "kelvin"];

    private static readonly string[] Noise = [.. Words, " ", " ", "-", "'", "Abc", "THE", "\u212Aelvin", "x", "3", "é"];

    /// <summary>A pattern, and texts it matches more often than not (a part in "(?-i:...)" or after a lookaround may not).</summary>
    private sealed record Part(string Pattern, Gen<string> Sample);

    private static Gen<Part> Pattern(int depth)
    {
        var atom = Gen.Elements(
        [
            .. Words.Select(word => new Part(word, Gen.Constant(word))),
            new Part(@"\d", Gen.Elements("0", "7", "\u0667")),
            new Part(@"\d+", Gen.Elements("1", "20", "365")),
            new Part(@"\s+", Gen.Elements(" ", "  ", "\n")),
            new Part("[0-3]", Gen.Elements("0", "3")),
            new Part("[ak]", Gen.Elements("a", "K", "\u212A")),
            new Part(@"[\s-]", Gen.Elements(" ", "-")),
            new Part("[^x]", Gen.Elements("y", "-")),
            new Part(".", Gen.Elements("y", " ")),
        ]);
        if (depth == 0)
        {
            return atom;
        }

        var smaller = Pattern(depth - 1);
        return Gen.OneOf(
            atom,
            Gen.Zip(smaller, smaller).Select(pair => new Part(pair.Item1.Pattern + pair.Item2.Pattern, Gen.Zip(pair.Item1.Sample, pair.Item2.Sample).Select(texts => texts.Item1 + texts.Item2))),
            Gen.Zip(smaller, smaller).Select(pair => new Part($"(?:{pair.Item1.Pattern}|{pair.Item2.Pattern})", Gen.OneOf(pair.Item1.Sample, pair.Item2.Sample))),
            smaller.Select(inner => new Part($"(?:{inner.Pattern})?", Gen.OneOf(Gen.Constant(string.Empty), inner.Sample))),
            smaller.Select(inner => new Part($"(?:{inner.Pattern})+", Repeated(inner.Sample, 1))),
            smaller.Select(inner => new Part($"(?:{inner.Pattern})*", Repeated(inner.Sample, 0))),
            smaller.Select(inner => inner with { Pattern = $"(?<n>{inner.Pattern})" }),
            smaller.Select(inner => inner with { Pattern = $"(?-i:{inner.Pattern})" }),
            smaller.Select(inner => inner with { Pattern = $"(?=\\s){inner.Pattern}" }),
            smaller.Select(inner => inner with { Pattern = $"(?!x){inner.Pattern}" }));
    }

    private static Gen<string> Repeated(Gen<string> sample, int least) =>
        Gen.Choose(least, 3).SelectMany(times => sample.ListOf(times)).Select(string.Concat);

    public static Arbitrary<PatternAndText> PatternAndText() =>
        Gen.Zip(Pattern(3), Gen.Elements(true, false))
            .SelectMany(made => Gen.Frequency((1, Gen.Elements(Noise)), (1, made.Item1.Sample)).ListOf()
                .Select(pieces => new PatternAndText((made.Item2 ? PatternScanner.WordStart : string.Empty) + made.Item1.Pattern, string.Concat(pieces))))
            .ToArbitrary();
}

public class PatternReadingTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static List<(int, int)> Spans(IEnumerable<Match> matches) => [.. matches.Select(match => (match.Index, match.Length))];

    /// <summary>How long the plain scan may take; the scanners compared with it may take five times as long.</summary>
    private static readonly TimeSpan PlainScanLimit = TimeSpan.FromSeconds(1);

    /// <remarks>
    /// A sample whose plain scan backtracks past <see cref="PlainScanLimit"/> (a repetition of a
    /// repetition over a long run of digits) is discarded: it could only compare two time-outs.
    /// </remarks>
    [Property(Arbitrary = [typeof(PatternAndTextArbitrary)], MaxTest = 1000)]
    public Property A_scan_guided_by_the_reading_finds_what_a_plain_scan_finds(PatternAndText made)
    {
        var plain = PlainSpans(made);
        return Prop.When(plain is not null, () =>
        {
            var read = PatternReading.Of(made.Pattern);
            return (read.MayMatch(made.Text) || plain!.Count == 0)
                && Spans(new PatternScanner(made.Pattern, Options, 5 * PlainScanLimit, plainScans: 0).Matches(made.Text)).SequenceEqual(plain!)
                && Spans(new PatternScanner(made.Pattern, Options, 5 * PlainScanLimit).Matches(made.Text)).SequenceEqual(plain!);
        });
    }

    private static List<(int, int)>? PlainSpans(PatternAndText made)
    {
        try
        {
            return Spans(new Regex(made.Pattern, Options, PlainScanLimit).Matches(made.Text));
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    [Fact]
    public void Every_part_that_must_match_is_required()
    {
        var reading = PatternReading.Of(@"(?:last|next)\s+(?:week|month)");

        Assert.Contains(reading.Required, strings => strings.SequenceEqual(["last", "next"]));
        Assert.Contains(reading.Required, strings => strings.SequenceEqual(["month", "week"]));
        Assert.False(reading.MayMatch("Last night he came."));
        Assert.True(reading.MayMatch("next WEEK"));
    }

    [Fact]
    public void An_optional_letter_gives_both_spellings()
    {
        var reading = PatternReading.Of("colou?r");

        Assert.Equal([["color", "colour"]], reading.Required);
        Assert.Equal(["color", "colour"], reading.Openings);
    }

    [Fact]
    public void A_part_that_may_be_missing_requires_nothing()
    {
        var reading = PatternReading.Of(@"(?:fiscal\s+)?(?:the\s+)?year");

        Assert.Equal([["year"]], reading.Required);
        Assert.Equal(["fiscal", "the", "year"], reading.Openings);
    }

    [Fact]
    public void A_repeated_part_starts_a_match_but_what_follows_it_may_not()
    {
        var reading = PatternReading.Of("(?:abc)+def");

        Assert.Equal(["abc"], reading.Openings);
        Assert.Contains(reading.Required, strings => strings.SequenceEqual(["def"]));
    }

    [Fact]
    public void A_match_that_starts_with_a_digit_is_looked_for_only_at_digits()
    {
        var clock = PatternReading.Of(@"[01]?\d:[0-5]\d");

        Assert.NotNull(clock.Starts);
        Assert.True(clock.Starts.Contains('7'));
        Assert.True(clock.Starts.Contains('\u0667'));
        Assert.False(clock.Starts.Contains('a'));
        Assert.Null(PatternReading.Of(@"(?:at\s+)?\d+").Starts);
        Assert.Null(PatternReading.Of(@"\d*").Starts);
    }

    [Theory]
    [InlineData(@"(\w)\1abc")]
    [InlineData(@"\tabc")]
    [InlineData(@"(?>abc)")]
    [InlineData(@"[a-z-[aeiou]]abc")]
    public void A_pattern_it_cannot_read_requires_nothing(string pattern)
    {
        var reading = PatternReading.Of(pattern);

        Assert.Empty(reading.Required);
        Assert.Empty(reading.Openings);
        Assert.Null(reading.Starts);
        Assert.True(reading.MayMatch(string.Empty));
    }

    [Fact]
    public void A_pattern_where_whitespace_is_no_literal_is_not_read()
    {
        Assert.Empty(PatternReading.Of("(?x: a b c )").Required);
        Assert.Empty(PatternReading.Of("a b c # said", RegexOptions.IgnorePatternWhitespace).Openings);
        Assert.Equal([["a b c"]], PatternReading.Of("a b c").Required);
    }

    [Fact]
    public void Short_requirements_are_not_searched_for()
    {
        Assert.Empty(PatternReading.Of(@"in\s+\d+").Required);
        Assert.Empty(PatternReading.Of(@"in\s+\d+").Openings);
        Assert.Equal([["90s"]], PatternReading.Of(@"\d90s").Required);
    }

    [Fact]
    public void The_kelvin_sign_is_a_k_to_the_regex_and_the_scan_still_finds_it()
    {
        const string text = "it fell to 3 \u212Aelvin";
        var pattern = PatternScanner.WordStart + "kelvin";

        Assert.Matches(new Regex(pattern, Options), text);
        Assert.True(PatternReading.Of(pattern).MayMatch(text));
        Assert.Equal([13], new PatternScanner(pattern, Options, TimeSpan.FromSeconds(5), plainScans: 0).Matches(text).Select(match => match.Index));
    }

    [Fact]
    public void The_kelvin_sign_is_the_only_character_beyond_ascii_the_regex_equates_with_an_ascii_letter()
    {
        // The search ignores case by ordinal rules; any other such character would let it miss a match.
        var asciiLetter = new Regex("^[a-z]$", Options);
        var equated = Enumerable.Range(128, char.MaxValue - 127)
            .Where(code => code is < 0xD800 or > 0xDFFF && asciiLetter.IsMatch(((char)code).ToString()))
            .ToList();

        Assert.Equal([0x212A], equated);
    }
}
