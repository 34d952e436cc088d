using Readout.Stories;
using Readout.Tokens;

namespace Readout.Tests.Tokens;

public sealed class SuffixStemmerTests
{
    [Theory]
    [InlineData("quake", "quakes", "quaked", "quaking")]
    [InlineData("stop", "stopped", "stopping", "stops")]
    [InlineData("injury", "injuries", "injury's")]
    [InlineData("nominate", "nominated", "nominations", "nomination")]
    public void InflectionsShareAStem(string word, params string[] forms)
    {
        Assert.All(forms, form => Assert.Equal(SuffixStemmer.Stem(word), SuffixStemmer.Stem(form)));
    }

    [Theory]
    [InlineData("crisis", "crisis")]
    [InlineData("status", "status")]
    [InlineData("press", "press")]
    [InlineData("bus", "bus")]
    [InlineData("Fall", "fall")]
    public void WordsThatOnlyLookInflectedKeepTheirEnding(string word, string stem)
    {
        Assert.Equal(stem, SuffixStemmer.Stem(word));
    }

    [Fact]
    public void DifferentWordsKeepDifferentStems()
    {
        Assert.NotEqual(SuffixStemmer.Stem("rehab"), SuffixStemmer.Stem("rehearsal"));
        Assert.NotEqual(SuffixStemmer.Stem("fire"), SuffixStemmer.Stem("fired"[..3]));
    }
}
