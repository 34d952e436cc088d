using System.Text.RegularExpressions;
using Readout.Times;

namespace Readout.Tests.Times;

public class PhraseTrieTests
{
    private static readonly string[] Phrases = ["a couple of", "a pair of", "a dozen", "one and a half", "one", "half an", "half a", "half"];

    [Fact]
    public void Phrases_share_their_prefixes()
    {
        var pattern = PhraseTrie.Build(Phrases, caseSensitive: false)!.Pattern();

        Assert.Equal(@"(?:a\s+(?:couple\s+of|pair\s+of|dozen)|one(?:\s+and\s+a\s+half|)|half(?:\s+a(?:n|)|))", pattern);
    }

    [Theory]
    [InlineData("one and a half days")]
    [InlineData("half an hour")]
    [InlineData("half a   day and one day")]
    [InlineData("a couple of days, half the time")]
    public void The_trie_matches_what_the_longest_first_list_matches(string text)
    {
        var flat = new Regex($@"\b(?:{string.Join('|', Phrases.OrderByDescending(phrase => phrase.Length).Select(phrase => string.Concat(PhraseTrie.Atoms(phrase))))})\s+\w+", RegexOptions.IgnoreCase);
        var trie = new Regex($@"\b{PhraseTrie.Build(Phrases, caseSensitive: false)!.Pattern()}\s+\w+", RegexOptions.IgnoreCase);

        Assert.Equal(flat.Matches(text).Select(match => match.Value), trie.Matches(text).Select(match => match.Value));
    }

    [Fact]
    public void Phrases_that_differ_only_in_case_make_no_trie_unless_case_matters()
    {
        Assert.Null(PhraseTrie.Build(["US", "us"], caseSensitive: false));
        Assert.NotNull(PhraseTrie.Build(["US", "us"], caseSensitive: true));
    }
}
