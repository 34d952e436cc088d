namespace Readout.Cli.Cluster;

/// <summary>Analyzes one article on whichever silo is free; nothing is stored.</summary>
public interface IArticleAnalysisGrain : IGrainWithIntegerKey
{
    /// <summary>The article (JSON of an <c>Article</c>) analyzed, as JSON of an <see cref="ClusterAnalysis"/>.</summary>
    Task<string> Analyze(string articleJson);
}
