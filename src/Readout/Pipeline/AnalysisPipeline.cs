using System.Collections.Immutable;
using Readout.Ingest;
using Readout.Stories;
using Readout.Text;

namespace Readout.Pipeline;

/// <summary>
/// Runs the stages in data-flow order: cleaning, then each per-document annotator, then
/// the corpus stages. Stages are listed in <see cref="Standard"/>; add a new one there.
/// </summary>
public sealed class AnalysisPipeline(IReadOnlyList<IAnnotator> annotators, IReadOnlyList<ICorpusStage> corpusStages)
{
    public static AnalysisPipeline Standard() => new(
        [new SentenceSplitter(), new Tokenizer()],
        [new StoryClusterer()]);

    /// <summary>Cleans the raw text and takes the outlet from the text when metadata gave none.</summary>
    public static Document Prepare(Article article)
    {
        var cleaned = TextCleaner.Clean(article.RawText);
        var enriched = article with
        {
            Source = article.Source ?? cleaned.Outlet,
            CitedSource = article.CitedSource ?? cleaned.CitedSource,
        };
        return new Document(enriched, cleaned);
    }

    public Document AnalyzeDocument(Article article) =>
        annotators.Aggregate(Prepare(article), (document, annotator) => annotator.Annotate(document));

    public Analysis AnalyzeCorpus(IEnumerable<Document> documents) =>
        corpusStages.Aggregate(new Analysis([.. documents]), (analysis, stage) => stage.Apply(analysis));

    public Analysis Analyze(IEnumerable<Article> articles) => AnalyzeCorpus(articles.Select(AnalyzeDocument));
}
