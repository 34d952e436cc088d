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
    public void A_batch_reads_the_stored_keys_in_date_groups_no_wider_than_the_window_with_the_undated_apart()
    {
        static ArticleFeatures Dated(string id, string? date) =>
            ArticleFeatures.Empty(id) with { Date = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) };

        var groups = StoreWriter.DateWindows(
            [Dated("late", "2025-09-01"), Dated("x", null), Dated("early", "2025-01-01"), Dated("near", "2025-02-15"), Dated("edge", "2025-04-01"), Dated("y", null)],
            window: 60).ToList();

        Assert.Equal(
            ["- x y", "2024-11-02..2025-04-16 early near", "2025-01-31..2025-05-31 edge", "2025-07-03..2025-10-31 late"],
            groups.Select(group => $"{(group.Dates is { } dates ? $"{dates.From:yyyy-MM-dd}..{dates.To:yyyy-MM-dd}" : "-")} {string.Join(' ', group.Articles.Select(article => article.Id))}"));
    }

    [Fact]
    public void An_article_stored_later_joins_the_story_of_an_article_stored_earlier()
    {
        using var folder = new TempFolder();
        using var store = new ArticleStore(folder.PathOf("r.db"));
        var writer = new StoreWriter(Pipeline);

        writer.Store(store, [Analyzed("a", "Cyclone Mirela struck the port city of Varnholm, flooding the harbour district and cutting power to forty thousand homes.")]);
        var results = writer.Store(store, [Analyzed("b", "Floodwater filled the streets of Varnholm after Cyclone Mirela made landfall, and the harbour district lost power.")]);

        Assert.Equal(StoreOutcome.Added, Assert.Single(results.Stored).Result.Outcome);
        var story = Assert.Single(store.AllStories());
        Assert.Equal(["a", "b"], story.Story.Articles.AsEnumerable());
    }

    [Fact]
    public void A_story_whose_articles_are_read_back_from_the_store_reconciles_as_it_does_from_fresh_ones()
    {
        using var folder = new TempFolder();
        var first = Analyzed("c", "Envoys met in Oslo on Monday for two hours. \"We agreed on a prisoner exchange and a ceasefire along the river,\" Ana Lopez said after the talks.");
        var second = Analyzed("d", "Ana Lopez said envoys agreed in Oslo on a prisoner exchange after two hours of talks: \"We agreed on a prisoner exchange and a ceasefire along the river.\"");
        using var apart = new ArticleStore(folder.PathOf("apart.db"));
        using var together = new ArticleStore(folder.PathOf("together.db"));
        var writer = new StoreWriter(Pipeline);

        writer.Store(apart, [first]);
        writer.Store(apart, [second]);
        writer.Store(together, [first, second]);

        var (readBack, fresh) = (Assert.Single(apart.AllStories()), Assert.Single(together.AllStories()));
        Assert.Equal(["c", "d"], readBack.Story.Articles.AsEnumerable());
        Assert.NotEmpty(readBack.Provenance.Links);
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(fresh with { Story = fresh.Story with { Id = readBack.Story.Id } }),
            System.Text.Json.JsonSerializer.Serialize(readBack));
    }

    [Fact]
    public void An_article_read_again_is_reported_a_duplicate_without_being_analyzed_again()
    {
        using var folder = new TempFolder();
        using var store = new ArticleStore(folder.PathOf("r.db"));
        var counting = new CountingAnnotator(Pipeline.Annotators[0]);
        var writer = new StoreWriter(new AnalysisPipeline([counting, .. Pipeline.Annotators.Skip(1)], Pipeline.CorpusStages));
        var article = new Article("a", "Voters in Estrava re-elected mayor Tomasz Quell by a wide margin.", "a.txt");
        var other = new Article("b", "Flooding closed the coastal road north of Varnholm.", "b.html", Url: "https://example.org/b");

        writer.Ingest(store, [article]);
        var again = writer.Ingest(store, [article, other]);
        var third = writer.Ingest(store, [other with { Id = "c", RawText = "Flooding closed the coastal road north of Varnholm on Friday." }]);

        Assert.Equal([StoreOutcome.Duplicate, StoreOutcome.Added], again.Stored.Select(pair => pair.Result.Outcome));
        Assert.Equal(StoreOutcome.Duplicate, Assert.Single(third.Stored).Result.Outcome);
        Assert.Equal(2, counting.Count);
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

        Assert.Equal(StoreOutcome.Duplicate, Assert.Single(again.Stored).Result.Outcome);
        Assert.Empty(again.Changes);
        Assert.Equal(["a"], Assert.Single(store.AllStories()).Story.Articles.AsEnumerable());
    }

    [Fact]
    public void A_story_keeps_its_id_as_articles_join_it_and_each_change_is_recorded()
    {
        using var folder = new TempFolder();
        using var store = new ArticleStore(folder.PathOf("r.db"));
        var writer = new StoreWriter(Pipeline);

        var first = writer.Store(store, [Analyzed("a", "Cyclone Mirela struck the port city of Varnholm, flooding the harbour district and cutting power to forty thousand homes.")]);
        var second = writer.Store(store, [Analyzed("b", "Floodwater filled the streets of Varnholm after Cyclone Mirela made landfall, and the harbour district lost power.")]);

        var created = Assert.Single(first.Changes);
        var joined = Assert.Single(second.Changes);
        Assert.Equal(StoryChangeKind.Created, created.Kind);
        Assert.Equal((created.StoryId, StoryChangeKind.Changed), (joined.StoryId, joined.Kind));
        Assert.Equal(["b"], joined.Joined.AsEnumerable());
        Assert.Equal([created.StoryId, created.StoryId], store.StoryEvents().Select(change => change.StoryId));
    }

    [Fact]
    public void An_article_about_another_event_makes_a_new_story_and_leaves_the_first_unchanged()
    {
        using var folder = new TempFolder();
        using var store = new ArticleStore(folder.PathOf("r.db"));
        var writer = new StoreWriter(Pipeline);

        var first = writer.Store(store, [Analyzed("a", "Cyclone Mirela struck the port city of Varnholm, flooding the harbour district and cutting power to forty thousand homes.")]);
        var second = writer.Store(store, [Analyzed("b", "Voters in Estrava re-elected mayor Tomasz Quell by a wide margin on Sunday.")]);

        var created = Assert.Single(second.Changes);
        Assert.Equal(StoryChangeKind.Created, created.Kind);
        Assert.NotEqual(Assert.Single(first.Changes).StoryId, created.StoryId);
        Assert.Equal(2, store.AllStories().Count);
    }

    [Fact]
    public void The_store_keeps_every_layer_the_corpus_stages_read()
    {
        var stored = new StoreWriter(Pipeline).StoredLayers;
        var perArticle = Pipeline.Annotators.Select(annotator => annotator.Adds).ToHashSet();

        Assert.All(Pipeline.CorpusStages.SelectMany(stage => stage.Requires).Where(perArticle.Contains), layer => Assert.Contains(layer, stored));
    }

    [Fact]
    public void Articles_a_stopped_run_left_in_no_story_are_placed_by_the_next_write()
    {
        using var folder = new TempFolder();
        using var store = new ArticleStore(folder.PathOf("r.db"));
        var writer = new StoreWriter(Pipeline);
        var document = Analyzed("a", "Voters in Estrava re-elected mayor Tomasz Quell by a wide margin.");
        var features = FeatureExtractor.Extract(document);
        store.Store(document, writer.StoredLayers, AnalysisPipeline.Version, features, StoreWriter.CandidateKeys(features));

        var report = writer.Store(store, []);

        Assert.Equal(StoryChangeKind.Created, Assert.Single(report.Changes).Kind);
        Assert.Equal(["a"], Assert.Single(store.AllStories()).Story.Articles.AsEnumerable());
        Assert.Empty(store.UnplacedArticles());
    }

    [Fact]
    public void A_store_analyzed_by_another_version_refuses_new_articles_until_it_is_reanalyzed()
    {
        using var folder = new TempFolder();
        using var store = new ArticleStore(folder.PathOf("r.db"));
        var writer = new StoreWriter(Pipeline);
        var document = Analyzed("a", "Voters in Estrava re-elected mayor Tomasz Quell by a wide margin.");
        store.Store(document, writer.StoredLayers, AnalysisPipeline.Version - 1, ArticleFeatures.Empty("a"), []);
        var progress = new List<(int Done, int Total)>();

        var refused = Assert.Throws<StaleAnalysisException>(() => writer.Ingest(store, [new Article("b", "Cyclone Mirela struck Varnholm.", "b.txt")]));
        var report = writer.Reanalyze(store, 10, (done, total) => progress.Add((done, total)));

        Assert.Contains("readout reanalyze", refused.Message);
        Assert.Equal([(1, 1)], progress);
        Assert.Equal(0, store.StaleCount(AnalysisPipeline.Version));
        Assert.Equal(["a"], Assert.Single(store.AllStories()).Story.Articles.AsEnumerable());
        Assert.Equal(StoryChangeKind.Created, Assert.Single(report.Changes).Kind);
        Assert.Equal(StoreOutcome.Added, Assert.Single(writer.Ingest(store, [new Article("b", "Cyclone Mirela struck Varnholm.", "b.txt")]).Stored).Result.Outcome);
    }

    /// <summary>Counts the documents an annotator is asked to annotate.</summary>
    private sealed class CountingAnnotator(IAnnotator inner) : IAnnotator
    {
        private int count;

        public int Count => count;

        public IReadOnlyList<Type> Requires => inner.Requires;

        public Type Adds => inner.Adds;

        public Document Annotate(Document document)
        {
            Interlocked.Increment(ref count);
            return inner.Annotate(document);
        }
    }
}
