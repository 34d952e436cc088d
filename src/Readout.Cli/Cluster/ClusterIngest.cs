using System.Text.Json;
using Readout.Core;
using Readout.Storage;
using Readout.Stories;

namespace Readout.Cli.Cluster;

/// <summary>
/// <c>ingest --cluster</c>: each batch's articles are analyzed by stateless grains on whichever
/// silos are free, then placed, in input order, by the placement grain of each run of articles
/// of one partition (<see cref="ClusterPartition"/>): the same order, and so the same stories, as
/// one process ingesting.
/// </summary>
public sealed class ClusterIngest(IClusterClient client, IArticleStore store, string connectionString)
{
    public sealed record Outcome(int Added, int Duplicates, int Failed, IReadOnlyList<StoryChange> Changes);

    public async Task<Outcome> IngestAsync(IReadOnlyList<Article> articles, Action<string, string> failed)
    {
        var fresh = articles.Where(article => store.StoredCopy(article) is null).ToList();
        var analyses = await Task.WhenAll(fresh.Select(article =>
            client.GetGrain<IArticleAnalysisGrain>(0).Analyze(JsonSerializer.Serialize(article))));
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

        var (added, changes) = (0, new List<StoryChange>());
        foreach (var run in Runs(analyzed))
        {
            var placement = JsonSerializer.Deserialize<ClusterPlacement>(await client.GetGrain<IStoryPlacementGrain>(run.Partition)
                .Place(connectionString, [.. run.Articles.Select(stored => JsonSerializer.Serialize(stored))]))!;
            added += placement.Added.Count;
            changes.AddRange(placement.Changes);
        }

        return new Outcome(added, articles.Count - fresh.Count + analyzed.Count - added, fresh.Count - analyzed.Count, changes);
    }

    /// <summary>The articles cut into maximal runs of one partition, in order.</summary>
    private static IEnumerable<(string Partition, List<StoredArticle> Articles)> Runs(IEnumerable<StoredArticle> articles)
    {
        (string Partition, List<StoredArticle> Articles)? run = null;
        foreach (var stored in articles)
        {
            var partition = ClusterPartition.Of(stored.Article);
            if (run is { } open && open.Partition == partition)
            {
                open.Articles.Add(stored);
                continue;
            }

            if (run is { } done)
            {
                yield return done;
            }

            run = (partition, [stored]);
        }

        if (run is { } last)
        {
            yield return last;
        }
    }
}
