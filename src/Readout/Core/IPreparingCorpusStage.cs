namespace Readout.Core;

/// <summary>
/// A corpus stage whose work begins with a part that reads the documents alone, not the layers of
/// the corpus stages before it. The pipeline starts that part as the corpus stages start, so it
/// runs beside them (story clustering places articles one after another and leaves cores idle),
/// and finishes the stage when its turn comes.
/// </summary>
public interface IPreparingCorpusStage : ICorpusStage
{
    /// <summary>Does the part of the work that reads <paramref name="documents"/> alone, and returns what finishes the stage.</summary>
    /// <param name="documents">The documents of the analysis the stage will finish.</param>
    /// <param name="cores">How many cores the part may keep busy: beside other stages, fewer than all, so theirs keep running.</param>
    /// <returns>The rest of the stage: <see cref="ICorpusStage.Apply"/> for an analysis of these documents.</returns>
    Func<Analysis, Analysis> Prepare(IReadOnlyList<Document> documents, int cores);
}
