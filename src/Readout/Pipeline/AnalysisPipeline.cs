using System.Collections.Immutable;
using Readout.Entities;
using Readout.Events;
using Readout.Ingest;
using Readout.Quotes;
using Readout.Reconcile;
using Readout.Stories;
using Readout.Text;
using Readout.Time;

namespace Readout.Pipeline;

/// <summary>
/// Runs the stages in data-flow order: cleaning, then each per-document annotator, then
/// the corpus stages. Stages are listed in <see cref="Standard"/>; add a new one there.
/// </summary>
public sealed class AnalysisPipeline(IReadOnlyList<IAnnotator> annotators, IReadOnlyList<ICorpusStage> corpusStages)
{
    public static AnalysisPipeline Standard() => new(
        [
            new SentenceSplitter(), new Tokenizer(), new EntityRecognizer(), new TimeAnnotator(), new QuantityAnnotator(),
            new QuoteAnnotator(), new EventCoder(),
        ],
        [new StoryClusterer(), new QuoteAligner(), new StoryReconciler()]);

    /// <summary>Cleans the raw text and takes the outlet from the text when metadata gave none.</summary>
    public static Document Prepare(Article article)
    {
        var cleaned = TextCleaner.Clean(article.RawText, article.Source);
        var enriched = article with
        {
            Source = article.Source ?? cleaned.Outlet,
            CitedSource = article.CitedSource ?? cleaned.CitedSource,
        };
        return new Document(enriched, cleaned);
    }

    public Document AnalyzeDocument(Article article) =>
        annotators.Aggregate(Prepare(article), (document, annotator) => annotator.Annotate(document));

    /// <summary>
    /// Analyzes one article; a component that throws fails this article only, with a failure
    /// naming the article and the component, so the rest of a batch goes on.
    /// </summary>
    public IngestResult TryAnalyzeDocument(Article article, out Document? document)
    {
        document = Prepare(article);
        foreach (var annotator in annotators)
        {
            try
            {
                document = annotator.Annotate(document);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                document = null;
                return new IngestFailure(article.Origin, $"analysis failed in {annotator.GetType().Name} ({e.GetType().Name}: {e.Message})");
            }
        }

        return new IngestedArticle(article);
    }

    public Analysis AnalyzeCorpus(IEnumerable<Document> documents) =>
        corpusStages.Aggregate(new Analysis([.. documents]), (analysis, stage) => stage.Apply(analysis));

    public Analysis Analyze(IEnumerable<Article> articles) => AnalyzeCorpus(articles.Select(AnalyzeDocument));
}
