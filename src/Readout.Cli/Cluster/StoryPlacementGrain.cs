using System.Text.Json;
using Readout.Pipeline;
using Readout.Storage;

namespace Readout.Cli.Cluster;

/// <summary>
/// Stores and places batches of analyzed articles in one store (the grain's key names its database,
/// <see cref="ClusterIngest.PlacementKey"/>). A grain runs one call at a time, and the store's write
/// lock orders it with every other writer; an article the store
/// holds already (same id, content or URL) is not stored again, so a call retried after a silo
/// stopped stores nothing twice.
/// </summary>
public sealed class StoryPlacementGrain : Grain, IStoryPlacementGrain
{
    private static readonly Lazy<StoreWriter> Writer = new(() => new StoreWriter(AnalysisPipeline.Standard()));

    public Task<string> Place(string connectionString, string[] storedArticles)
    {
        using var store = ArticleStores.Open(connectionString);
        var writer = Writer.Value;
        var placement = store.Write(() =>
        {
            var (added, known) = (new List<string>(), new List<string>());
            foreach (var stored in storedArticles.Select(json => JsonSerializer.Deserialize<StoredArticle>(json)!))
            {
                (store.ImportArticle(stored) ? added : known).Add(stored.Article.Id);
            }

            return new ClusterPlacement(added, known, writer.Store(store, []).Changes);
        });
        return Task.FromResult(JsonSerializer.Serialize(placement));
    }
}
