using System.Data.Common;
using Readout.Core;
using Readout.Pipeline;
using Readout.Reconcile;
using Readout.Reporting;
using Readout.Storage;
using Readout.Stories;
using Readout.Tokens;
using Readout.Tests.Support;

namespace Readout.Tests.Storage;

/// <summary>
/// What every store must do, the same whatever holds it: each store class inherits these facts
/// and gives a fresh, empty store's location (<see cref="Location"/>) for each test.
/// </summary>
public abstract class ArticleStoreContract : IDisposable
{
    /// <summary>Where this test's store lives: a SQLite path or a PostgreSQL connection string.</summary>
    protected abstract string Location { get; }

    /// <summary>Runs SQL on the store behind its back, as when making it look like a store an older Readout made.</summary>
    protected abstract void RunBehindTheStoresBack(string sql);

    public abstract void Dispose();

    /// <summary>Keeps the articles' keys as an older Readout did: in key order, with an index by article.</summary>
    protected abstract void KeepArticleKeysInKeyOrder();

    protected IArticleStore Open() => ArticleStores.Open(Location);

    protected static Document Doc(string id, string text, string? url = null) =>
        AnalysisPipeline.Prepare(new Article(id, text, $"test:{id}", Source: "Lakeside Wire", Url: url, Published: "2025-03-04"));

    /// <summary>Stores a document with no analysis, for tests of deduplication and search.</summary>
    protected static StoreResult Put(IArticleStore store, Document document) =>
        store.Store(document, [], AnalysisPipeline.Version, ArticleFeatures.Empty(document.Id), []);

    private static readonly Article[] Harbour =
    [
        new("a", "Mayor Tomasz Quell of Estrava opened the new harbour bridge on Monday.", "a.txt", Published: "2025-03-04"),
        new("b", "Estrava's harbour bridge, opened by mayor Tomasz Quell, carried its first trams.", "b.txt", Published: "2025-03-05"),
        new("c", "Envoys met in Oslo on Monday for two hours. \"We agreed on a prisoner exchange,\" Ana Lopez said.", "c.txt", Source: "Lakeside Wire", Published: "2025-03-04"),
        new("d", "Ana Lopez said envoys agreed in Oslo on a prisoner exchange after two hours of talks.", "d.txt", Source: "Northern Post", Published: "2025-03-04"),
        new("e", "Flooding closed the coastal railway near Porto Vell for a third day.", "e.txt", Published: "2025-03-06"),
        new("f", "The coastal railway near Porto Vell stayed shut by floods on Thursday.", "f.txt", Published: "2025-03-06"),
    ];

    [StoreFact]
    public void Search_takes_or_between_terms_and_prefixes()
    {
        using var store = Open();
        Put(store, Doc("a", "The presidents agreed to form two working groups."));
        Put(store, Doc("b", "The summit in Oslo ended early."));
        Put(store, Doc("c", "Zelensky spoke to reporters."));

        Assert.Equal(["a", "b"], store.Search("groups OR summit").Select(hit => hit.Id).Order(StringComparer.Ordinal));
        Assert.Equal("c", Assert.Single(store.Search("Zelensk*")).Id);
        Assert.Empty(store.Search("Zelensk"));
        Assert.Throws<SearchQueryException>(() => store.Search("OR * \"\" ("));
        Assert.Equal(2, store.SearchCount("groups OR summit"));
    }

    [StoreFact]
    public void Feature_frequencies_count_each_stored_article_once_and_a_store_without_them_counts_them_again_when_opened()
    {
        var pipeline = AnalysisPipeline.Standard();
        var documents = pipeline.Analyze(Harbour[..2]).Documents;
        var keys = documents.SelectMany(document => IncrementalStoryIndex.FeatureKeys(FeatureExtractor.Extract(document))).Distinct().ToList();
        CollectionStatistics counted;
        using (var store = Open())
        {
            new StoreWriter(pipeline).Store(store, documents);
            new StoreWriter(pipeline).Store(store, documents);
            counted = store.Statistics(keys);
        }

        RunBehindTheStoresBack("DELETE FROM feature_frequencies");
        using var reopened = Open();
        var recounted = reopened.Statistics(keys);

        Assert.Equal(2, counted.Articles);
        Assert.Equal(2, counted.DocumentFrequency[keys.Single(key => key.EndsWith("quell", StringComparison.Ordinal))]);
        Assert.All(keys, key => Assert.InRange(counted.DocumentFrequency[key], 1, 2));
        Assert.Equal(counted.DocumentFrequency.OrderBy(pair => pair.Key), recounted.DocumentFrequency.OrderBy(pair => pair.Key));
    }

    [StoreFact]
    public void Articles_of_an_older_or_a_newer_analysis_are_stale_and_a_store_analyzed_by_this_one_has_none()
    {
        using var store = Open();
        var version = AnalysisPipeline.Version;
        store.Store(Doc("a", "Envoys met in Oslo."), [], version, ArticleFeatures.Empty("a"), []);
        Assert.Equal(0, store.StaleCount(version));

        store.Store(Doc("b", "The summit ended early."), [], version - 1, ArticleFeatures.Empty("b"), []);
        store.Store(Doc("c", "Flooding closed the railway."), [], version + 1, ArticleFeatures.Empty("c"), []);

        Assert.Equal(2, store.StaleCount(version));
        Assert.Equal(["b", "c"], store.StaleArticleIds(version).AsEnumerable());
        Assert.Equal(2, store.StaleCount(version + 1));
    }

    [StoreFact]
    public void A_stored_article_and_its_story_read_back_as_the_records_that_were_stored()
    {
        using var store = Open();
        var pipeline = AnalysisPipeline.Standard();
        var analysis = pipeline.Analyze([Harbour[2]]);

        var report = new StoreWriter(pipeline).Store(store, analysis.Documents);
        var document = store.Document("c")!;
        var story = store.Story(Assert.Single(report.Changes).StoryId)!;

        var batch = analysis.Require<ReconciledStoryLayer>().Stories[0];
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(batch with { Story = batch.Story with { Id = story.Story.Id } }),
            System.Text.Json.JsonSerializer.Serialize(story));
        Assert.Equal(
            ContractJson.Serialize(ContractJson.Build(new Analysis([analysis.Documents[0]]).With(new ReconciledStoryLayer([story])), [])),
            ContractJson.Serialize(ContractJson.Build(new Analysis([document]).With(new ReconciledStoryLayer([story])), [])));
        Assert.All(pipeline.Annotators, annotator => Assert.NotNull(document.Layer(annotator.Adds)));
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(report.Changes), System.Text.Json.JsonSerializer.Serialize(store.StoryEvents()));
    }

    [StoreFact]
    public void An_article_read_back_has_the_tokens_its_analysis_made_when_they_are_asked_for()
    {
        using var store = Open();
        var pipeline = AnalysisPipeline.Standard();
        var analyzed = pipeline.Analyze([Harbour[2]]).Documents[0];
        new StoreWriter(pipeline).Store(store, [analyzed]);

        Assert.Equal(analyzed.Require<TokenLayer>().Tokens.AsEnumerable(), store.Document("c")!.Require<TokenLayer>().Tokens.AsEnumerable());
        Assert.Equal(analyzed.Require<TokenLayer>().Tokens.AsEnumerable(), store.Documents(["c"], new HashSet<Type> { typeof(TokenLayer) })[0].Require<TokenLayer>().Tokens.AsEnumerable());
        Assert.Null(store.Documents(["c"], new HashSet<Type> { typeof(Readout.Quotes.QuoteLayer) })[0].Layer(typeof(TokenLayer)));
    }

    [StoreFact]
    public void Articles_read_with_some_of_their_layers_have_those_as_stored_and_give_the_same_brief()
    {
        using var store = Open();
        var pipeline = AnalysisPipeline.Standard();
        new StoreWriter(pipeline).Store(store, pipeline.Analyze(Harbour[2..4]).Documents);
        var story = store.Story(store.StoryOf("c")!)!;

        var whole = store.Documents(["c", "d"]);
        var quotesOnly = store.Documents(["c", "d"], MarkdownReport.BriefLayers);
        var bare = store.Documents(["d", "c", "nobody"], new HashSet<Type>());

        Assert.Equal(["c", "d"], quotesOnly.Select(document => document.Id));
        Assert.Equal(["c", "d"], bare.Select(document => document.Id));
        Assert.Equal(whole.Select(document => document.Text), bare.Select(document => document.Text));
        Assert.All(bare, document => Assert.All(pipeline.Annotators, annotator => Assert.Null(document.Layer(annotator.Adds))));
        Assert.All(quotesOnly, document => Assert.Equal(
            [typeof(Readout.Quotes.QuoteLayer)],
            pipeline.Annotators.Select(annotator => annotator.Adds).Where(layer => document.Layer(layer) is not null)));
        Assert.NotEmpty(quotesOnly[0].Require<Readout.Quotes.QuoteLayer>().Quotes);
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(whole.Select(document => document.Require<Readout.Quotes.QuoteLayer>())),
            System.Text.Json.JsonSerializer.Serialize(quotesOnly.Select(document => document.Require<Readout.Quotes.QuoteLayer>())));
        Assert.Contains("Ana Lopez", MarkdownReport.StoryBrief(story, quotesOnly), StringComparison.Ordinal);
        Assert.Equal(MarkdownReport.StoryBrief(story, whole), MarkdownReport.StoryBrief(story, quotesOnly));
    }

    [StoreFact]
    public void Stories_keep_their_ids_and_list_in_the_order_of_their_first_article()
    {
        var writer = new StoreWriter(AnalysisPipeline.Standard());
        using var store = Open();

        var first = writer.Ingest(store, [Harbour[0], Harbour[2], Harbour[4]]);
        var firstIds = store.Stories().Select(story => story.Id).ToList();
        var second = writer.Ingest(store, [Harbour[1], Harbour[3], Harbour[5]]);
        var listed = store.Stories();

        Assert.Equal(3, first.Changes.Count);
        Assert.Equal(firstIds, listed.Select(story => story.Id));
        Assert.All(listed, story => Assert.Equal(2, story.Articles));
        Assert.Equal(listed.Select(story => story.Id), store.AllStories().Select(story => story.Story.Id));
        Assert.Equal(["a", "b"], store.Placement(store.StoryIds()).Where(pair => pair.Value == firstIds[0]).Select(pair => pair.Key).Order(StringComparer.Ordinal));
        Assert.Empty(store.UnplacedArticles());
        Assert.Equal(3, second.Changes.Count);
    }

    [StoreFact]
    public void Two_writers_ingesting_the_same_articles_at_once_both_finish_with_every_article_once()
    {
        var writer = new StoreWriter(AnalysisPipeline.Standard());
        using (Open())
        {
        }

        var runs = new[] { Harbour, Harbour.Reverse().ToArray() }.Select(articles => Task.Run(() =>
        {
            using var store = Open();
            foreach (var article in articles)
            {
                writer.Ingest(store, [article]);
            }
        })).ToArray();
        Task.WaitAll(runs);

        using var done = Open();
        Assert.Equal(Harbour.Length, done.ArticleCount);
        Assert.Equal(Harbour.Select(article => article.Id).Order(StringComparer.Ordinal), done.ArticleIds().Order(StringComparer.Ordinal));
        Assert.Empty(done.UnplacedArticles());
        Assert.Equal(Harbour.Length, done.Placement(done.StoryIds()).Count);
    }

    [StoreFact]
    public void Candidate_keys_lead_to_the_stories_holding_them_within_the_dates_asked_and_follow_an_article_that_moves()
    {
        var keys = new[] { "n:quell", "t:bridge", "t:tram", "t:unused" };
        using (var store = Open())
        {
            StoreWithKeys(store, "a", "Mayor Quell opened the bridge.", "n:quell", "t:bridge");
            StoreWithKeys(store, "b", "Trams crossed the bridge Quell opened.", "n:quell", "t:tram");
            StoreWithKeys(store, "c", "Quell spoke of trams.", "n:quell", "t:tram");
            Assert.Equal(["a", "b", "c"], store.UnplacedArticles());
            Assert.Equal([("n:quell", 3), ("t:bridge", 1), ("t:tram", 2)], store.KeyFrequencies(keys).OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => (pair.Key, pair.Value)));

            store.ImportStories([StoryOf("s1", "2025-03-04", "a", "b"), StoryOf("s2", null, "c")]);
            Assert.Empty(store.UnplacedArticles());
            Assert.Equal(
                ["n:quell s1 2025-03-04", "n:quell s2 -", "t:bridge s1 2025-03-04", "t:tram s1 2025-03-04", "t:tram s2 -"],
                Postings(store.StoriesWithKeys(keys, null)));
            Assert.Equal(["n:quell s2 -", "t:tram s2 -"], Postings(store.StoriesWithKeys(keys, new DateRange(new(2025, 6, 1), new(2025, 9, 1)))));

            store.ImportStories([StoryOf("s1", "2025-03-04", "a"), StoryOf("s2", null, "b", "c")]);
            Assert.Equal(["t:bridge s1 2025-03-04", "t:tram s2 -"], Postings(store.StoriesWithKeys(["t:bridge", "t:tram"], new DateRange(new(2025, 3, 1), new(2025, 3, 31)))));
        }

        RunBehindTheStoresBack("DROP TABLE story_keys; DROP TABLE key_frequencies; DROP TABLE unplaced_articles");
        using var reopened = Open();
        Assert.Equal(["t:bridge s1 2025-03-04", "t:tram s2 -"], Postings(reopened.StoriesWithKeys(["t:bridge", "t:tram"], null)));
        Assert.Equal(2, reopened.KeyFrequencies(["t:tram"])["t:tram"]);
        Assert.Empty(reopened.UnplacedArticles());
    }

    [StoreFact]
    public void Keys_an_older_store_kept_in_key_order_are_all_kept_and_read_by_article_once_it_is_opened()
    {
        using (var store = Open())
        {
            StoreWithKeys(store, "a", "Mayor Quell opened the bridge.", "n:quell", "t:bridge");
            StoreWithKeys(store, "b", "Trams crossed the bridge Quell opened.", "n:quell", "t:tram");
        }

        KeepArticleKeysInKeyOrder();
        using var reopened = Open();
        reopened.ImportStories([StoryOf("s1", "2025-03-04", "a"), StoryOf("s2", null, "b")]);

        Assert.Equal(
            ["n:quell s1 2025-03-04", "n:quell s2 -", "t:bridge s1 2025-03-04", "t:tram s2 -"],
            Postings(reopened.StoriesWithKeys(["n:quell", "t:bridge", "t:tram"], null)));
        Assert.Equal(2, reopened.KeyFrequencies(["n:quell"])["n:quell"]);
        Assert.ThrowsAny<DbException>(() => RunBehindTheStoresBack("DROP INDEX article_keys_article"));
    }

    private static void StoreWithKeys(IArticleStore store, string id, string text, params string[] keys) =>
        Assert.Equal(StoreOutcome.Added, store.Store(Doc(id, text), [], AnalysisPipeline.Version, ArticleFeatures.Empty(id), keys).Outcome);

    private static StoredStory StoryOf(string id, string? date, params string[] articles) =>
        new(id, null, date, "{}", "2025-03-04T00:00:00Z", [.. articles]);

    private static List<string> Postings(IEnumerable<(string Key, string Story, DateOnly? Date)> postings) =>
        [.. postings.Select(posting => $"{posting.Key} {posting.Story} {posting.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}")];

    [StoreFact]
    public void Storing_the_same_article_twice_keeps_it_once()
    {
        using var store = Open();

        var first = Put(store, Doc("a", "Envoys agreed on a prisoner exchange."));
        var second = Put(store, Doc("a", "Envoys agreed on a prisoner exchange."));

        Assert.Equal(StoreOutcome.Added, first.Outcome);
        Assert.Equal(StoreOutcome.Duplicate, second.Outcome);
        Assert.Equal(1, store.ArticleCount);
    }

    [StoreFact]
    public void Same_content_under_another_id_and_with_other_chrome_is_a_duplicate()
    {
        using var store = Open();
        Put(store, Doc("a", "Envoys agreed on a prisoner exchange.\nThey met in Geneva."));

        var again = Put(store, Doc("b", "read more\nEnvoys agreed on a prisoner exchange.\n\nThey met in Geneva.\nShare this article"));

        Assert.Equal(StoreOutcome.Duplicate, again.Outcome);
        Assert.Equal("a", again.Id);
    }

    [StoreFact]
    public void Same_url_with_updated_text_is_a_duplicate_and_the_article_read_again_is_a_stored_copy()
    {
        using var store = Open();
        Put(store, Doc("a", "First version of the story.", url: "https://lakeside.example/x"));

        var again = Put(store, Doc("a2", "Updated version of the story.", url: "https://lakeside.example/x"));

        Assert.Equal(StoreOutcome.Duplicate, again.Outcome);
        Assert.Equal("First version of the story.", store.Document("a")!.Text);
        Assert.Equal("a", store.StoredCopy(new Article("a3", "Third version.", "x", Url: "https://lakeside.example/x")));
        Assert.Null(store.StoredCopy(new Article("a", "Another text under the same id.", "x")));
    }

    [StoreFact]
    public void A_different_article_under_a_stored_id_is_rejected_and_nothing_changes()
    {
        using var store = Open();
        Put(store, Doc("a", "The original article."));

        var clash = Put(store, Doc("a", "A different article."));

        Assert.Equal(StoreOutcome.Rejected, clash.Outcome);
        Assert.Contains("already stored", clash.Detail);
        Assert.Equal("The original article.", store.Document("a")!.Text);
        Assert.Equal(1, store.ArticleCount);
    }

    [StoreFact]
    public void A_write_that_fails_changes_nothing()
    {
        using var store = Open();

        Assert.Throws<InvalidOperationException>(() => store.Write(() =>
        {
            Put(store, Doc("a", "Envoys agreed on a prisoner exchange."));
            throw new InvalidOperationException("stopped mid-write");
        }));

        Assert.Equal(0, store.ArticleCount);
        Assert.Equal(StoreOutcome.Added, Put(store, Doc("a", "Envoys agreed on a prisoner exchange.")).Outcome);
    }

    [StoreFact]
    public void Reopening_the_store_keeps_everything()
    {
        using (var store = Open())
        {
            Put(store, Doc("a", "Envoys agreed on a prisoner exchange."));
        }

        using var reopened = Open();

        Assert.Equal(1, reopened.ArticleCount);
        Assert.Equal(StoreOutcome.Duplicate, Put(reopened, Doc("a", "Envoys agreed on a prisoner exchange.")).Outcome);
    }

    [StoreFact]
    public void Search_finds_stemmed_words_and_shows_the_hit_in_context()
    {
        using var store = Open();
        Put(store, Doc("a", "The presidents agreed to form two working groups on security and trade."));
        Put(store, Doc("b", "The port reopened after the storm."));

        var hit = Assert.Single(store.Search("working group"));

        Assert.Equal("a", hit.Id);
        Assert.Contains("[working]", hit.Snippet);
    }

    [StoreFact]
    public void Search_ranks_the_article_that_matches_most_first()
    {
        using var store = Open();
        Put(store, Doc("a", "The port reopened after the storm. Trade resumed slowly."));
        Put(store, Doc("b", "Storm after storm: the storm season closed the port again, and the storm damage grew."));

        Assert.Equal(["b", "a"], store.Search("storm port").Select(hit => hit.Id));
    }

    [StoreFact]
    public void Search_phrase_and_odd_characters_do_not_break_the_query()
    {
        using var store = Open();
        Put(store, Doc("a", "The presidents agreed to form two working groups."));

        Assert.Single(store.Search("\"working groups\""));
        Assert.Empty(store.Search("\"groups working\""));
        Assert.Empty(store.Search("groups working AND ( NEAR \"\""));
    }

    [StoreFact]
    public async Task Migrating_a_store_here_copies_everything_and_running_it_twice_changes_nothing()
    {
        using var folder = new TempFolder();
        var source = folder.PathOf("source.db");
        var writer = new StoreWriter(AnalysisPipeline.Standard());
        using (var sqlite = new ArticleStore(source))
        {
            writer.Ingest(sqlite, Harbour[..3]);
            writer.Ingest(sqlite, Harbour[3..]);
        }

        var first = await InProcessCli.RunAsync("migrate", "--from", source, "--to", Location, "--quiet");
        var second = await InProcessCli.RunAsync("migrate", "--from", source, "--to", Location, "--quiet");

        using var from = new ArticleStore(source);
        using var to = Open();
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("0 articles copied, 6 already there", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(from.ArticleCount, to.ArticleCount);
        Assert.Equal(from.ArticleIds(), to.ArticleIds());
        Assert.Equal(from.Stories(), to.Stories());
        Assert.Equal(from.StoryEvents().Count, to.StoryEvents().Count);
        Assert.Equal(from.ExportStoryEvents(), to.ExportStoryEvents());
        var story = from.Stories()[1].Id;
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(from.Story(story)), System.Text.Json.JsonSerializer.Serialize(to.Story(story)));
        Assert.Equal(from.Search("prisoner exchange").Select(hit => hit.Id).Order(StringComparer.Ordinal), to.Search("prisoner exchange").Select(hit => hit.Id).Order(StringComparer.Ordinal));
        var keys = from.Features(from.ArticleIds()).SelectMany(IncrementalStoryIndex.FeatureKeys).Distinct().ToList();
        Assert.Equal(from.Statistics(keys).DocumentFrequency.OrderBy(pair => pair.Key), to.Statistics(keys).DocumentFrequency.OrderBy(pair => pair.Key));
        var exported = from.ExportArticles(from.ArticleIds()).Zip(to.ExportArticles(to.ArticleIds()));
        Assert.All(exported, pair => Assert.Equal(System.Text.Json.JsonSerializer.Serialize(pair.First), System.Text.Json.JsonSerializer.Serialize(pair.Second)));
    }
}
