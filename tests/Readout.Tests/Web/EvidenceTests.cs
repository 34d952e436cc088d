using Readout.Alignment;
using Readout.Core;
using Readout.Pipeline;
using Readout.Storage;
using Readout.Stories;
using Readout.Tests.Support;
using Readout.Web;

namespace Readout.Tests.Web;

public sealed class EvidenceTests
{
    /// <summary>
    /// A call told inside what was said at it ("during a phone call with X, Y urged ...") is coded
    /// folded into the statement; its article still asserts the call's parties and type.
    /// </summary>
    [Fact]
    public void Every_fact_has_a_sentence_in_each_article_that_asserts_it_even_a_call_folded_into_a_statement()
    {
        using var folder = new TempFolder();
        var articles = new[]
        {
            new Article("folded", "During an hour-long phone call with Russian President Vladimir Putin on Monday, German Chancellor Olaf Scholz urged Putin to agree to a ceasefire, the German government said.", "test", "Berlin Daily", Published: "2026-02-03"),
            new Article("folded-too", "According to a statement from Berlin, during a phone call with Russian President Vladimir Putin on Monday, German Chancellor Olaf Scholz urged Putin to accept a ceasefire.", "test", "Wire Two", Published: "2026-02-03"),
        };
        using var store = new ArticleStore(folder.PathOf("evidence.db"));
        new StoreWriter(AnalysisPipeline.Standard()).Ingest(store, articles);

        var missing = new List<string>();
        foreach (var story in store.AllStories())
        {
            var documents = store.Documents(story.Story.Articles);
            var groups = new QuoteAligner().Apply(new Analysis([.. documents]).With(new StoryLayer([story.Story]))).Require<QuoteAlignmentLayer>().Groups;
            var spans = Evidence.Find(story, documents, groups);
            var facts = story.Event?.Facts ?? [];
            missing.AddRange(facts
                .SelectMany((fact, index) => fact.Articles.Select(article => (Fact: fact, Key: Evidence.FactKey(index), Article: article)))
                .Where(pair => !spans.Any(span => span.Key == pair.Key && span.Article == pair.Article))
                .Select(pair => $"{pair.Fact.Slot} in {pair.Article}"));
        }

        var told = Assert.Single(store.AllStories(), s => s.Story.Articles.Contains("folded"));
        Assert.Equal("CONSULT", told.Event?.Type);
        Assert.Contains(told.Event!.Facts, f => f.Slot == "type" && f.Articles.Contains("folded"));
        Assert.Empty(missing);
    }
}
