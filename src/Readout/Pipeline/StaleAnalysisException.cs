namespace Readout.Pipeline;

/// <summary>The store holds articles that another version of the analysis made: they must be analyzed again before anything is added.</summary>
public sealed class StaleAnalysisException(int staleArticles)
    : InvalidOperationException(
        $"{staleArticles} stored article(s) come from another version of the analysis than this one (version {AnalysisPipeline.Version}): run 'readout reanalyze' on this store first")
{
    public int StaleArticles { get; } = staleArticles;
}
