using Readout.Tests.Support;
using Readout.Core;
using Readout.Pipeline;
using Readout.Storage;
using Readout.Stories;

namespace Readout.Tests.Pipeline;

public class StoreWriterTests
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipeline.Standard();

    private static Document Analyzed(string id, string text) =>
        Pipeline.AnalyzeDocument(new Article(id, text, $"{id}.txt", Source: $"Outlet {id}", Published: "2025-03-04"));

    [Fact]
    public void An_article_stored_later_joins_the_story_of_an_article_stored_earlier()
    {
        using var folder = new TempFolder();
        using var store = new ArticleStore(folder.PathOf("r.db"));
        var writer = new StoreWriter(Pipeline);

        writer.Store(store, [Analyzed("a", "Cyclone Mirela struck the port city of Varnholm, flooding the harbour district and cutting power to forty thousand homes.")]);
        var results = writer.Store(store, [Analyzed("b", "Floodwater filled the streets of Varnholm after Cyclone Mirela made landfall, and the harbour district lost power.")]);

        Assert.Equal(StoreOutcome.Added, Assert.Single(results).Result.Outcome);
        var story = Assert.Single(store.AllStories());
        Assert.Equal(["a", "b"], story.Story.Articles.AsEnumerable());
    }

    [Fact]
    public void A_duplicate_changes_no_story()
    {
        using var folder = new TempFolder();
        using var store = new ArticleStore(folder.PathOf("r.db"));
        var writer = new StoreWriter(Pipeline);
        var article = Analyzed("a", "Voters in Estrava re-elected mayor Tomasz Quell by a wide margin.");

        writer.Store(store, [article]);
        var again = writer.Store(store, [article]);

        Assert.Equal(StoreOutcome.Duplicate, Assert.Single(again).Result.Outcome);
        Assert.Equal(["a"], Assert.Single(store.AllStories()).Story.Articles.AsEnumerable());
    }
}
