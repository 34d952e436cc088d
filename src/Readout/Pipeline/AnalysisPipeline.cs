using Readout.Alignment;
using Readout.Cleaning;
using Readout.Core;
using Readout.Entities;
using Readout.Events;
using Readout.Ingest;
using Readout.Quantities;
using Readout.Quotes;
using Readout.Reconcile;
using Readout.Sentences;
using Readout.Stories;
using Readout.Times;
using Readout.Tokens;

namespace Readout.Pipeline;

/// <summary>
/// Runs the stages in data-flow order: cleaning, then each per-document annotator, then
/// the corpus stages. Stages are listed in <see cref="Standard"/>; add a new one there.
/// The only place that knows every stage.
/// </summary>
public sealed class AnalysisPipeline
{
    /// <summary>
    /// The version of the analysis the stored layers and features come from: raise it when a change
    /// to a stage changes what it adds, and stores made before ask for <c>readout reanalyze</c>.
    /// </summary>
    public const int Version = 1;

    /// <summary>Builds a pipeline; throws when a component requires a layer that no component before it adds.</summary>
    public AnalysisPipeline(IReadOnlyList<IAnnotator> annotators, IReadOnlyList<ICorpusStage> corpusStages)
    {
        CheckOrder([.. annotators, .. corpusStages]);
        Annotators = annotators;
        CorpusStages = corpusStages;
    }

    public IReadOnlyList<IAnnotator> Annotators { get; }

    public IReadOnlyList<ICorpusStage> CorpusStages { get; }

    public static AnalysisPipeline Standard() => new(
        [
            new SentenceSplitter(), new Tokenizer(), new EntityRecognizer(), new ReferenceResolver(), new TimeAnnotator(), new QuantityAnnotator(),
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
        Annotators.Aggregate(Prepare(article), (document, annotator) => annotator.Annotate(document));

    /// <summary>
    /// Analyzes one article; a component that throws fails this article only, with a failure
    /// naming the article and the component, so the rest of a batch goes on.
    /// </summary>
    public IngestResult TryAnalyzeDocument(Article article, out Document? document)
    {
        (var result, document) = TryAnalyzeDocuments([article])[0];
        return result;
    }

    /// <summary>
    /// Analyzes a few articles together, stage by stage, so that each stage's code and word lists stay in
    /// the core's caches across them; each result as <see cref="TryAnalyzeDocument"/> gives it, in input order.
    /// </summary>
    public IReadOnlyList<(IngestResult Result, Document? Document)> TryAnalyzeDocuments(IReadOnlyList<Article> articles)
    {
        var documents = articles.Select(article => (Document?)Prepare(article)).ToArray();
        var results = articles.Select(article => (IngestResult)new IngestedArticle(article)).ToArray();
        foreach (var annotator in Annotators)
        {
            for (var i = 0; i < documents.Length; i++)
            {
                if (documents[i] is not { } document)
                {
                    continue;
                }

                try
                {
                    documents[i] = annotator.Annotate(document);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    documents[i] = null;
                    results[i] = new IngestFailure(articles[i].Origin, $"analysis failed in {annotator.GetType().Name} ({e.GetType().Name}: {e.Message})");
                }
            }
        }

        return [.. results.Zip(documents)];
    }

    /// <summary>Analyzes the articles on all cores, <see cref="ArticlesTogether"/> at a time (<see cref="TryAnalyzeDocuments"/>), in input order.</summary>
    public IEnumerable<(IngestResult Result, Document? Document)> TryAnalyzeAll(IEnumerable<Article> articles) =>
        ParallelWork.InOrder(articles.Chunk(ArticlesTogether)).SelectMany(TryAnalyzeDocuments);

    /// <summary>How many articles a core analyzes together, stage by stage (1,000 articles on 2 cores: 13 % faster than one at a time).</summary>
    public const int ArticlesTogether = 8;

    public Analysis AnalyzeCorpus(IEnumerable<Document> documents)
    {
        var analysis = new Analysis([.. documents]);

        // What a stage can work out from the documents alone starts now, beside the stages before it,
        // on one core fewer than the machine has: the stage before it (clustering) places articles one
        // after another, and would wait if all cores were taken.
        var besideCores = Math.Max(1, Environment.ProcessorCount - 1);
        var prepared = CorpusStages
            .Select(stage => stage is IPreparingCorpusStage preparing ? Task.Run(() => preparing.Prepare(analysis.Documents, besideCores)) : null)
            .ToList();
        for (var i = 0; i < CorpusStages.Count; i++)
        {
            analysis = prepared[i] is { } finishing ? finishing.GetAwaiter().GetResult()(analysis) : CorpusStages[i].Apply(analysis);
        }

        return analysis;
    }

    /// <summary>Analyzes the articles (on all cores, kept in input order), then runs the corpus stages; throws when an article fails.</summary>
    public Analysis Analyze(IEnumerable<Article> articles) =>
        AnalyzeCorpus(TryAnalyzeAll(articles).Select(pair => pair.Document ?? throw new InvalidOperationException(((IngestFailure)pair.Result).Reason)));

    private static void CheckOrder(IReadOnlyList<IPipelineComponent> components)
    {
        var addedBy = new Dictionary<Type, IPipelineComponent>();
        foreach (var component in components)
        {
            var missing = component.Requires.Where(layer => !addedBy.ContainsKey(layer)).Select(layer => layer.Name).ToList();
            if (missing.Count > 0)
            {
                throw new ArgumentException(
                    $"{component.GetType().Name} requires {string.Join(", ", missing)}, which no component before it adds: list the component that adds it earlier.");
            }

            if (addedBy.TryGetValue(component.Adds, out var earlier))
            {
                throw new ArgumentException($"{component.GetType().Name} adds {component.Adds.Name}, which {earlier.GetType().Name} already adds: each layer has one author.");
            }

            addedBy[component.Adds] = component;
        }
    }
}
