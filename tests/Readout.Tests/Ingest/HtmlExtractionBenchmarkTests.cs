using Readout.Tests.Support;

namespace Readout.Tests.Ingest;

/// <summary>Main-text extraction measured on the article-extraction benchmark's saved pages (../shared).</summary>
public class HtmlExtractionBenchmarkTests
{
    [SharedFact]
    public async Task Body_f1_on_the_article_extraction_benchmark_stays_above_its_floor()
    {
        var json = await SharedCorpus.CleanAsync("corpus/aeb/manifest.jsonl");
        var metrics = SharedCorpus.Score("score_extraction.py", "eval/gold/aeb-ground-truth.json", json);
        Assert.True(metrics["f1"] >= 0.965, $"body F1 {metrics["f1"]:F3} (precision {metrics["precision"]:F3}, recall {metrics["recall"]:F3}) fell below 0.965");
    }
}
