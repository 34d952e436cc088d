using System.Text.RegularExpressions;
using Readout.Core;

namespace Readout.Tests.Pipeline;

public sealed class WarmingRegexTests
{
    [Fact]
    public void TheFirstUsesRunInterpretedAndTheLaterOnesCompiled()
    {
        var regex = new WarmingRegex(@"\b(?<day>\d{1,2}) (?<month>May|June)\b", RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout, interpretedUses: 3);

        var kinds = Enumerable.Range(0, 5).Select(_ => regex.Next().Options.HasFlag(RegexOptions.Compiled)).ToList();

        Assert.Equal([false, false, false, true, true], kinds);
    }

    [Fact]
    public void BothEnginesFindTheSameMatchesWithTheSameGroups()
    {
        const string text = "They met on 28 May and again on 3 June; 128 Mayors did not.";
        var regex = new WarmingRegex(@"\b(?<day>\d{1,2}) (?<month>May|June)\b", RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout, interpretedUses: 1);

        string Found(Regex engine) => string.Join("|", engine.Matches(text).Select(match => $"{match.Index}:{match.Groups["day"].Value}/{match.Groups["month"].Value}"));
        var interpreted = Found(regex.Next());
        var compiled = Found(regex.Next());

        Assert.Equal("12:28/May|32:3/June", interpreted);
        Assert.Equal(interpreted, compiled);
    }
}
