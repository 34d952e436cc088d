using System.Text.Json;
using Npgsql;
using Orleans.Runtime;
using Readout.Core;
using Readout.Storage;
using Readout.Stories;

namespace Readout.Cli.Cluster;

/// <summary>
/// <c>ingest --cluster</c>: each batch's articles are analyzed by stateless grains on whichever
/// silos are free, then the batch is placed by the store's placement grain, in input order: the
/// same batches in the same order, and so the same stories, as one process ingesting.
/// </summary>
public sealed class ClusterIngest(IClusterClient client, IArticleStore store, string connectionString)
{
    /// <summary>How often a call is tried before the ingest fails: enough to outlast a silo or two stopping.</summary>
    private const int CallAttempts = 5;

    public sealed record Outcome(int Added, int Duplicates, int Failed, IReadOnlyList<StoryChange> Changes);

    public async Task<Outcome> IngestAsync(IReadOnlyList<Article> articles, Action<string, string> failed)
    {
        var fresh = articles.Where(article => store.StoredCopy(article) is null).ToList();
        var analyses = await Task.WhenAll(fresh.Select(article =>
            Retried(() => client.GetGrain<IArticleAnalysisGrain>(0).Analyze(JsonSerializer.Serialize(article)))));
        var analyzed = new List<StoredArticle>();
        foreach (var (article, json) in fresh.Zip(analyses))
        {
            var analysis = JsonSerializer.Deserialize<ClusterAnalysis>(json)!;
            if (analysis.Stored is { } stored)
            {
                analyzed.Add(stored);
            }
            else
            {
                failed(article.Origin, analysis.Failure ?? "not analyzed");
            }
        }

        string[] batch = [.. analyzed.Select(stored => JsonSerializer.Serialize(stored))];
        var placement = JsonSerializer.Deserialize<ClusterPlacement>(await Retried(() => client.GetGrain<IStoryPlacementGrain>(PlacementKey(connectionString)).Place(connectionString, batch)))!;
        var added = placement.Added.Count;
        return new Outcome(added, articles.Count - fresh.Count + analyzed.Count - added, fresh.Count - analyzed.Count, placement.Changes);
    }

    /// <summary>
    /// A call retried where the silo that had it stopped (the grain is then activated on another):
    /// analysis has no side effect and placement stores nothing twice, so a retry is safe.
    /// </summary>
    private static async Task<T> Retried<T>(Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception failure) when (attempt < CallAttempts && failure is OrleansException or TimeoutException)
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
        }
    }

    /// <summary>The placement partition: the store's database (server and name), whatever else the connection string says.</summary>
    public static string PlacementKey(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
