using Readout.Alignment;
using Readout.Core;
using Readout.Entities;
using Readout.Events;
using Readout.Ingest;
using Readout.Pipeline;
using Readout.Quotes;
using Readout.Sentences;
using Readout.Stories;
using Readout.Times;
using Readout.Tokens;

namespace Readout.Tests.Pipeline;

public class AnalysisPipelineTests
{
    private sealed record CheckedLayer;

    private sealed class ThrowingAnnotator : IAnnotator
    {
        public IReadOnlyList<Type> Requires { get; } = [typeof(SentenceLayer)];

        public Type Adds => typeof(CheckedLayer);

        public Document Annotate(Document document) =>
            document.Text.Contains("boom", StringComparison.Ordinal) ? throw new InvalidOperationException("cannot read this") : document.With(new CheckedLayer());
    }

    private sealed record FirstLayer(bool SawPreparing);

    private sealed record PreparedLayer(int Documents);

    /// <summary>A first corpus stage that waits (a while at most) for the stage after it to start preparing.</summary>
    private sealed class WaitingStage(ManualResetEventSlim preparing) : ICorpusStage
    {
        public IReadOnlyList<Type> Requires { get; } = [typeof(SentenceLayer)];

        public Type Adds => typeof(FirstLayer);

        public Analysis Apply(Analysis analysis) => analysis.With(new FirstLayer(preparing.Wait(TimeSpan.FromSeconds(20))));
    }

    private sealed class PreparingStage(ManualResetEventSlim preparing) : IPreparingCorpusStage
    {
        public IReadOnlyList<Type> Requires { get; } = [typeof(FirstLayer)];

        public Type Adds => typeof(PreparedLayer);

        public Analysis Apply(Analysis analysis) => Prepare(analysis.Documents, Environment.ProcessorCount)(analysis);

        public Func<Analysis, Analysis> Prepare(IReadOnlyList<Document> documents, int cores)
        {
            preparing.Set();
            return analysis => analysis.With(new PreparedLayer(documents.Count));
        }
    }

    [Fact]
    public void A_stage_that_prepares_from_the_documents_starts_while_the_stage_before_it_runs()
    {
        using var preparing = new ManualResetEventSlim();
        var pipeline = new AnalysisPipeline([new SentenceSplitter()], [new WaitingStage(preparing), new PreparingStage(preparing)]);

        var analysis = pipeline.Analyze([new Article("a", "One sentence.", "a.txt"), new Article("b", "Another one.", "b.txt")]);

        Assert.True(analysis.Require<FirstLayer>().SawPreparing);
        Assert.Equal(2, analysis.Require<PreparedLayer>().Documents);
    }

    [Fact]
    public void The_standard_corpus_stages_give_the_same_analysis_prepared_beside_each_other_or_applied_in_turn()
    {
        var pipeline = AnalysisPipeline.Standard();
        var documents = pipeline.TryAnalyzeAll(
        [
            new Article("a", "Envoys met in Oslo on Monday for two hours. \"We agreed on a prisoner exchange,\" Ana Lopez said.", "a.txt", Source: "Lakeside Wire", Published: "2025-03-04"),
            new Article("b", "Ana Lopez said envoys agreed in Oslo on a prisoner exchange. \"We agreed on a prisoner exchange,\" she said.", "b.txt", Source: "Northern Post", Published: "2025-03-04"),
            new Article("c", "Flooding closed the coastal railway near Porto Vell for a third day.", "c.txt", Published: "2025-03-06"),
        ]).Select(pair => pair.Document!).ToList();

        var beside = pipeline.AnalyzeCorpus(documents);
        var inTurn = pipeline.CorpusStages.Aggregate(new Analysis([.. documents]), (analysis, stage) => stage.Apply(analysis));

        Assert.NotEmpty(beside.Require<QuoteAlignmentLayer>().Groups);
        Assert.Equal(
            Readout.Reporting.ContractJson.Serialize(Readout.Reporting.ContractJson.Build(inTurn, [])),
            Readout.Reporting.ContractJson.Serialize(Readout.Reporting.ContractJson.Build(beside, [])));
    }

    [Fact]
    public void A_component_listed_before_the_layer_it_reads_fails_the_build_naming_both()
    {
        var error = Assert.Throws<ArgumentException>(() => new AnalysisPipeline([new Tokenizer(), new EntityRecognizer(), new SentenceSplitter()], []));

        Assert.Contains("EntityRecognizer requires SentenceLayer", error.Message);
    }

    [Fact]
    public void A_corpus_stage_before_the_stage_it_reads_fails_the_build()
    {
        var annotators = new IAnnotator[] { new SentenceSplitter(), new Tokenizer(), new EntityRecognizer(), new ReferenceResolver(), new TimeAnnotator(), new QuoteAnnotator(), new EventCoder() };

        var error = Assert.Throws<ArgumentException>(() => new AnalysisPipeline(annotators, [new QuoteAligner(), new StoryClusterer()]));

        Assert.Contains("QuoteAligner requires StoryLayer", error.Message);
    }

    [Fact]
    public void Two_components_adding_one_layer_fail_the_build()
    {
        var error = Assert.Throws<ArgumentException>(() => new AnalysisPipeline([new SentenceSplitter(), new SentenceSplitter()], []));

        Assert.Contains("SentenceSplitter adds SentenceLayer, which SentenceSplitter already adds", error.Message);
    }

    [Fact]
    public void Every_component_of_the_standard_pipeline_adds_the_layer_it_declares()
    {
        var pipeline = AnalysisPipeline.Standard();

        var analysis = pipeline.Analyze([new Article("a", "Envoys met in Oslo on Monday. \"We agreed,\" Ana Lopez said.", "a.txt")]);

        var document = Assert.Single(analysis.Documents);
        Assert.All(pipeline.Annotators, annotator => Assert.NotNull(document.Layer(annotator.Adds)));
        Assert.All(pipeline.CorpusStages, stage => Assert.NotNull(analysis.Layer(stage.Adds)));
    }

    [Fact]
    public void Articles_analyzed_together_stage_by_stage_fail_one_by_one_and_keep_their_order()
    {
        var pipeline = new AnalysisPipeline([new SentenceSplitter(), new ThrowingAnnotator()], []);
        Article[] articles =
        [
            new("first", "This one is fine.", "first.txt"),
            new("bad", "This one goes boom.", "bad.txt"),
            new("last", "This one is fine too.", "last.txt"),
        ];

        var results = pipeline.TryAnalyzeDocuments(articles);

        Assert.Equal(["first", "bad", "last"], results.Select(result => result.Result is IngestFailure failure ? failure.Input.Replace(".txt", string.Empty, StringComparison.Ordinal) : result.Document!.Id));
        Assert.Contains("ThrowingAnnotator", Assert.IsType<IngestFailure>(results[1].Result).Reason);
        Assert.Null(results[1].Document);
        Assert.All([results[0], results[2]], result => Assert.NotNull(result.Document!.Layer<CheckedLayer>()));
    }

    [Fact]
    public void A_component_that_throws_fails_only_that_article_and_names_it()
    {
        var pipeline = new AnalysisPipeline([new SentenceSplitter(), new ThrowingAnnotator()], []);

        var bad = pipeline.TryAnalyzeDocument(new Article("bad", "This one goes boom.", "bad.txt"), out var failed);
        var good = pipeline.TryAnalyzeDocument(new Article("good", "This one is fine.", "good.txt"), out var analyzed);

        var failure = Assert.IsType<IngestFailure>(bad);
        Assert.Null(failed);
        Assert.Equal("bad.txt", failure.Input);
        Assert.Contains("ThrowingAnnotator", failure.Reason);
        Assert.IsType<IngestedArticle>(good);
        Assert.NotNull(analyzed!.Layer<SentenceLayer>());
    }

    [Fact]
    public void Text_metadata_fills_only_what_the_input_left_empty()
    {
        var fromText = AnalysisPipeline.Prepare(new Article("a", "Talks resumed, News.Az reports, citing TASS.", "a.txt"));
        var fromManifest = AnalysisPipeline.Prepare(new Article("b", "Talks resumed, News.Az reports, citing TASS.", "b.txt", Source: "Harbour Wire"));

        Assert.Equal("News.Az", fromText.Article.Source);
        Assert.Equal("TASS", fromText.Article.CitedSource);
        Assert.Equal("Harbour Wire", fromManifest.Article.Source);
    }

    [Fact]
    public void Layers_are_added_without_changing_the_earlier_document()
    {
        var bare = AnalysisPipeline.Prepare(new Article("a", "One. Two.", "a.txt"));

        var split = new SentenceSplitter().Annotate(bare);

        Assert.Null(bare.Layer<SentenceLayer>());
        Assert.Equal(2, split.Require<SentenceLayer>().Sentences.Length);
        Assert.Throws<InvalidOperationException>(() => bare.Require<TokenLayer>());
    }
}
