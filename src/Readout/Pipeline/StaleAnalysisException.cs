namespace Readout.Pipeline;

/// <summary>The store holds articles that another version of the analysis made: they must be analyzed again before anything is added.</summary>
public sealed class StaleAnalysisException(int staleArticles)
    : InvalidOperationException(Describe(staleArticles, "readout reanalyze"))
{
    public int StaleArticles { get; } = staleArticles;

    /// <summary>The message with the command that fixes the store at <paramref name="path"/>.</summary>
    public string MessageFor(string path) => Describe(StaleArticles, $"readout reanalyze --db {path}");

    private static string Describe(int staleArticles, string command) =>
        $"{staleArticles} stored article(s) come from another version of the analysis than this one (version {AnalysisPipeline.Version}): run '{command}' on this store first";
}
