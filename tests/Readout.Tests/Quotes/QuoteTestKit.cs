using System.Collections.Immutable;
using Readout.Core;
using Readout.Entities;
using Readout.Pipeline;
using Readout.Quotes;
using Readout.Sentences;
using Readout.Tokens;

namespace Readout.Tests.Quotes;

/// <summary>Runs the annotators the quotation layer needs on a made-up text; <c>entities</c> replaces the entity recognizer.</summary>
internal static class QuoteTestKit
{
    public static Document Analyze(string text, IAnnotator? entities = null) =>
        new AnalysisPipeline([new SentenceSplitter(), new Tokenizer(), entities ?? new EntityRecognizer(), new ReferenceResolver(), new QuoteAnnotator()], [])
            .AnalyzeDocument(new Article("t", text, "test"));

    public static ImmutableArray<Quotation> AllQuotes(string text, IAnnotator? entities = null)
    {
        var document = Analyze(text, entities);
        var quotes = document.Require<QuoteLayer>().Quotes;
        Assert.All(quotes, q => Assert.Equal(q.Text, document.Text[q.Start..q.End]));
        return quotes;
    }

    public static Quotation Single(string text, IAnnotator? entities = null) => Assert.Single(AllQuotes(text, entities));
}
