using Readout.Tests.Support;

namespace Readout.Tests.Quotes;

/// <summary>Floors just below the figures measured on the shared evaluation kit.</summary>
public class QuoteMeasurementTests
{
    [SharedFact]
    public async Task SeedQuotationsAndSpeakers()
    {
        var metrics = SharedCorpus.Score("score.py", "eval/gold/seeds.json", await SharedCorpus.AnalyzeAsync("corpus/seeds/manifest.jsonl"));
        Assert.True(metrics["quote_e2e_f1"] >= 0.95, $"quote_e2e_f1 {metrics["quote_e2e_f1"]:F3}");
    }

    [SharedFact]
    public async Task PolnearQuotationsAndSpeakers()
    {
        var metrics = SharedCorpus.Score("score.py", "eval/gold/polnear-dev.json", await SharedCorpus.AnalyzeAsync("corpus/polnear-dev/manifest.jsonl"));
        Assert.True(metrics["quote_f1"] >= 0.78, $"quote_f1 {metrics["quote_f1"]:F3}");
        Assert.True(metrics["quote_r"] >= 0.97, $"quote_r {metrics["quote_r"]:F3}");
        Assert.True(metrics["speaker_acc"] >= 0.65, $"speaker_acc {metrics["speaker_acc"]:F3}");
    }
}
