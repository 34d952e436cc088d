using Readout.Tests.Support;

namespace Readout.Tests.Stories;

/// <summary>Story clustering measured on the evaluation kit's corpora.</summary>
public sealed class StoryCorpusTests
{
    [SharedFact]
    public async Task SeedStoriesAreExact()
    {
        var output = await SharedCorpus.AnalyzeAsync("corpus/seeds/manifest.jsonl");

        Assert.Equal(1.0, SharedCorpus.Score("score.py", "eval/gold/seeds.json", output)["story_f1"], 3);
    }

    [SharedFact]
    public async Task EcbPlusStoriesKeepTheirFloor()
    {
        var output = await SharedCorpus.AnalyzeAsync("corpus/ecbplus/manifest.jsonl");

        Assert.InRange(SharedCorpus.Score("score.py", "eval/gold/ecbplus.json", output)["story_f1"], 0.90, 1.0);
    }
}
