using Readout.Tests.Support;
using Readout.Core;
using Readout.Pipeline;
using Readout.Reconcile;
using Readout.Reporting;
using Readout.Storage;
using Readout.Stories;

namespace Readout.Tests.Storage;

public class ArticleStoreTests
{
    private static Document Doc(string id, string text, string? url = null) =>
        AnalysisPipeline.Prepare(new Article(id, text, $"test:{id}", Source: "Lakeside Wire", Url: url, Published: "2025-03-04"));

    /// <summary>Stores a document with no analysis, for tests of deduplication and search.</summary>
    private static StoreResult Put(ArticleStore store, Document document) =>
        store.Store(document, [], AnalysisPipeline.Version, ArticleFeatures.Empty(document.Id), []);

    [Fact]
    public void Feature_frequencies_count_each_stored_article_once_and_a_store_without_them_counts_them_again_when_opened()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("r.db");
        var pipeline = AnalysisPipeline.Standard();
        var documents = pipeline.Analyze([
            new Article("a", "Mayor Tomasz Quell of Estrava opened the new harbour bridge on Monday.", "a.txt", Published: "2025-03-04"),
            new Article("b", "Estrava's harbour bridge, opened by mayor Tomasz Quell, carried its first trams.", "b.txt", Published: "2025-03-05"),
        ]).Documents;
        var keys = documents.SelectMany(document => IncrementalStoryIndex.FeatureKeys(FeatureExtractor.Extract(document))).Distinct().ToList();
        CollectionStatistics counted;
        using (var store = new ArticleStore(path))
        {
            new StoreWriter(pipeline).Store(store, documents);
            new StoreWriter(pipeline).Store(store, documents);
            counted = store.Statistics(keys);
        }

        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM feature_frequencies";
            command.ExecuteNonQuery();
        }

        using var reopened = new ArticleStore(path);
        var recounted = reopened.Statistics(keys);

        Assert.Equal(2, counted.Articles);
        Assert.Equal(2, counted.DocumentFrequency[keys.Single(key => key.EndsWith("quell", StringComparison.Ordinal))]);
        Assert.All(keys, key => Assert.InRange(counted.DocumentFrequency[key], 1, 2));
        Assert.Equal(counted.DocumentFrequency.OrderBy(pair => pair.Key), recounted.DocumentFrequency.OrderBy(pair => pair.Key));
    }

    [Fact]
    public void A_stored_article_and_its_story_read_back_as_the_records_that_were_stored()
    {
        using var folder = new TempFolder();
        using var store = new ArticleStore(folder.PathOf("r.db"));
        var pipeline = AnalysisPipeline.Standard();
        var article = new Article("a", "Envoys met in Oslo on Monday for two hours. \"We agreed on a prisoner exchange,\" Ana Lopez said.", "a.txt", Source: "Lakeside Wire", Published: "2025-03-04");
        var analysis = pipeline.Analyze([article]);

        var report = new StoreWriter(pipeline).Store(store, analysis.Documents);
        var document = store.Document("a")!;
        var story = store.Story(Assert.Single(report.Changes).StoryId)!;

        var batch = analysis.Require<ReconciledStoryLayer>().Stories[0];
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(batch with { Story = batch.Story with { Id = story.Story.Id } }),
            System.Text.Json.JsonSerializer.Serialize(story));
        Assert.Equal(
            ContractJson.Serialize(ContractJson.Build(new Analysis([analysis.Documents[0]]).With(new ReconciledStoryLayer([story])), [])),
            ContractJson.Serialize(ContractJson.Build(new Analysis([document]).With(new ReconciledStoryLayer([story])), [])));
        Assert.All(pipeline.Annotators, annotator => Assert.NotNull(document.Layer(annotator.Adds)));
    }

    [Fact]
    public void Storing_the_same_article_twice_keeps_it_once()
    {
        using var folder = new TempFolder();
        using var store = new ArticleStore(folder.PathOf("r.db"));

        var first = Put(store, Doc("a", "Envoys agreed on a prisoner exchange."));
        var second = Put(store, Doc("a", "Envoys agreed on a prisoner exchange."));

        Assert.Equal(StoreOutcome.Added, first.Outcome);
        Assert.Equal(StoreOutcome.Duplicate, second.Outcome);
        Assert.Equal(1, store.ArticleCount);
    }

    [Fact]
    public void Same_content_under_another_id_and_with_other_chrome_is_a_duplicate()
    {
        using var folder = new TempFolder();
        using var store = new ArticleStore(folder.PathOf("r.db"));
        Put(store, Doc("a", "Envoys agreed on a prisoner exchange.\nThey met in Geneva."));

        var again = Put(store, Doc("b", "read more\nEnvoys agreed on a prisoner exchange.\n\nThey met in Geneva.\nShare this article"));

        Assert.Equal(StoreOutcome.Duplicate, again.Outcome);
        Assert.Equal("a", again.Id);
    }

    [Fact]
    public void Same_url_with_updated_text_is_a_duplicate()
    {
        using var folder = new TempFolder();
        using var store = new ArticleStore(folder.PathOf("r.db"));
        Put(store, Doc("a", "First version of the story.", url: "https://lakeside.example/x"));

        var again = Put(store, Doc("a2", "Updated version of the story.", url: "https://lakeside.example/x"));

        Assert.Equal(StoreOutcome.Duplicate, again.Outcome);
        Assert.Equal("First version of the story.", store.Document("a")!.Text);
    }

    [Fact]
    public void A_different_article_under_a_stored_id_is_rejected_and_nothing_changes()
    {
        using var folder = new TempFolder();
        using var store = new ArticleStore(folder.PathOf("r.db"));
        Put(store, Doc("a", "The original article."));

        var clash = Put(store, Doc("a", "A different article."));

        Assert.Equal(StoreOutcome.Rejected, clash.Outcome);
        Assert.Contains("already stored", clash.Detail);
        Assert.Equal("The original article.", store.Document("a")!.Text);
        Assert.Equal(1, store.ArticleCount);
    }

    [Fact]
    public void Reopening_the_file_keeps_everything()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("r.db");
        using (var store = new ArticleStore(path))
        {
            Put(store, Doc("a", "Envoys agreed on a prisoner exchange."));
        }

        using var reopened = new ArticleStore(path);

        Assert.Equal(1, reopened.ArticleCount);
        Assert.Equal(StoreOutcome.Duplicate, Put(reopened, Doc("a", "Envoys agreed on a prisoner exchange.")).Outcome);
    }

    [Fact]
    public void Search_finds_stemmed_words_and_shows_the_hit_in_context()
    {
        using var folder = new TempFolder();
        using var store = new ArticleStore(folder.PathOf("r.db"));
        Put(store, Doc("a", "The presidents agreed to form two working groups on security and trade."));
        Put(store, Doc("b", "The port reopened after the storm."));

        var hit = Assert.Single(store.Search("working group"));

        Assert.Equal("a", hit.Id);
        Assert.Contains("[working]", hit.Snippet);
    }

    [Fact]
    public void Search_phrase_and_odd_characters_do_not_break_the_query()
    {
        using var folder = new TempFolder();
        using var store = new ArticleStore(folder.PathOf("r.db"));
        Put(store, Doc("a", "The presidents agreed to form two working groups."));

        Assert.Single(store.Search("\"working groups\""));
        Assert.Empty(store.Search("groups working AND ( NEAR \"\""));
    }

    [Fact]
    public void Database_uses_write_ahead_logging()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("r.db");
        using var store = new ArticleStore(path);
        Put(store, Doc("a", "Envoys agreed."));

        Assert.True(File.Exists(path + "-wal"));
    }
}
