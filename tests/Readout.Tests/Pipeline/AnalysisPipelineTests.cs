using Readout.Ingest;
using Readout.Pipeline;
using Readout.Text;

namespace Readout.Tests.Pipeline;

public class AnalysisPipelineTests
{
    private sealed class ThrowingAnnotator : IAnnotator
    {
        public Document Annotate(Document document) =>
            document.Text.Contains("boom", StringComparison.Ordinal) ? throw new InvalidOperationException("cannot read this") : document;
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
