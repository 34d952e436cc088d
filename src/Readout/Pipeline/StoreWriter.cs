using Readout.Core;
using Readout.Ingest;
using Readout.Reconcile;
using Readout.Storage;

namespace Readout.Pipeline;

/// <summary>
/// Stores analyzed articles and keeps the store's stories current: stories span every stored
/// article, so after an article is added they are clustered and reconciled again over the whole store.
/// </summary>
public sealed class StoreWriter(AnalysisPipeline pipeline)
{
    /// <summary>Stores each document (in order) and, when any was added, refreshes the stories.</summary>
    public IReadOnlyList<(Document Document, StoreResult Result)> Store(ArticleStore store, IEnumerable<Document> documents)
    {
        var results = documents.Select(document => (Document: document, Result: store.Store(document))).ToList();
        var added = results.Where(r => r.Result.Outcome == StoreOutcome.Added).ToDictionary(r => r.Document.Id, r => r.Document, StringComparer.Ordinal);
        if (added.Count > 0)
        {
            RefreshStories(store, added);
        }

        return results;
    }

    /// <summary>
    /// Clusters and reconciles every stored article again; the articles in <paramref name="analyzed"/>
    /// are used as they are, the others analyzed again (one that fails is left out of the stories).
    /// </summary>
    public void RefreshStories(ArticleStore store, IReadOnlyDictionary<string, Document> analyzed)
    {
        var documents = store.StoredArticles()
            .Select(article => analyzed.GetValueOrDefault(article.Id) ?? (pipeline.TryAnalyzeDocument(article, out var document) is IngestedArticle ? document : null))
            .OfType<Document>();
        store.ReplaceStories(pipeline.AnalyzeCorpus(documents).Require<ReconciledStoryLayer>().Stories);
    }
}
