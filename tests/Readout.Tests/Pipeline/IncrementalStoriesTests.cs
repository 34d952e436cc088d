using System.Text.Json.Nodes;
using Readout.Core;
using Readout.Ingest;
using Readout.Pipeline;
using Readout.Storage;
using Readout.Stories;
using Readout.Tests.Support;
using Xunit.Abstractions;

namespace Readout.Tests.Pipeline;

/// <summary>The stories a store builds as articles arrive in small batches, in any order, against those of one batch run.</summary>
public sealed class IncrementalStoriesTests(ITestOutputHelper output)
{
    private const int BatchSize = 25;

    private const int Seed = 20261204;

    [SharedFact]
    public async Task Ecb_plus_stored_in_small_shuffled_batches_scores_as_the_batch_run_does()
    {
        var pipeline = AnalysisPipeline.Standard();
        var (articles, _) = await new InputReader(IngestOptions.Default).ReadAllAsync([SharedCorpus.Path("corpus/ecbplus/manifest.jsonl")]);
        var documents = articles.AsParallel().AsOrdered().Select(pipeline.AnalyzeDocument).ToList();
        var batch = pipeline.AnalyzeCorpus(documents).Require<StoryLayer>().Stories.Select(story => story.Articles.AsEnumerable());

        using var folder = new TempFolder();
        using var store = new ArticleStore(folder.PathOf("ecb.db"));
        var writer = new StoreWriter(pipeline);
        var order = new Random(Seed);
        foreach (var chunk in documents.OrderBy(_ => order.Next()).Chunk(BatchSize))
        {
            writer.Store(store, chunk);
        }

        var incremental = store.AllStories().Select(story => story.Story.Articles.AsEnumerable()).ToList();
        Assert.Equal(store.ArticleCount, incremental.Sum(story => story.Count()));
        var batchF1 = SharedCorpus.Score("score.py", "eval/gold/ecbplus.json", Stories(batch))["story_f1"];
        var incrementalF1 = SharedCorpus.Score("score.py", "eval/gold/ecbplus.json", Stories(incremental))["story_f1"];
        output.WriteLine($"story_f1 batch {batchF1:F3}, incremental {incrementalF1:F3}");
        Assert.InRange(incrementalF1, batchF1 - 0.01, 1.0);
    }

    private static JsonObject Stories(IEnumerable<IEnumerable<string>> stories) => new()
    {
        ["stories"] = new JsonArray([.. stories.Select((articles, index) => new JsonObject
        {
            ["id"] = "s" + index,
            ["articles"] = new JsonArray([.. articles.Select(article => JsonValue.Create(article))]),
        })]),
    };
}
