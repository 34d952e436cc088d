using System.Text.Json;
using Orleans.Concurrency;
using Readout.Core;
using Readout.Ingest;
using Readout.Pipeline;
using Readout.Storage;
using Readout.Stories;

namespace Readout.Cli.Cluster;

/// <summary>
/// A stateless worker: Orleans runs as many as a silo has work for, on any silo, and retries a
/// call that a stopped silo dropped on another (analysis has no side effect, so a retry is safe).
/// </summary>
[StatelessWorker]
public sealed class ArticleAnalysisGrain : Grain, IArticleAnalysisGrain
{
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(AnalysisPipeline.Standard);

    public Task<string> Analyze(string articleJson)
    {
        var article = JsonSerializer.Deserialize<Article>(articleJson)!;
        var pipeline = Pipeline.Value;
        var result = pipeline.TryAnalyzeDocument(article, out var document);
        if (result is IngestFailure failure || document is null)
        {
            return Task.FromResult(JsonSerializer.Serialize(new ClusterAnalysis(null, (result as IngestFailure)?.Reason ?? "not analyzed")));
        }

        var features = FeatureExtractor.Extract(document);
        var layers = new StoreWriter(pipeline).StoredLayers;
        var stored = StoredArticle.Of(document, layers, AnalysisPipeline.Version, features, StoreWriter.CandidateKeys(features));
        return Task.FromResult(JsonSerializer.Serialize(new ClusterAnalysis(stored, null)));
    }
}
