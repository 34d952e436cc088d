namespace Readout.Cli.Cluster;

/// <summary>Stores analyzed articles and places them in the stories of the shared store, one call at a time.</summary>
public interface IStoryPlacementGrain : IGrainWithStringKey
{
    /// <summary>
    /// Stores the articles (JSON of <c>StoredArticle</c>s, in order) in the store at
    /// <paramref name="connectionString"/> and places them, in one transaction; returns the JSON of
    /// a <see cref="ClusterPlacement"/>.
    /// </summary>
    Task<string> Place(string connectionString, string[] storedArticles);
}
