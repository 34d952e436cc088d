using System.Collections.Immutable;
using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Npgsql;
using Readout.Core;
using Readout.Reconcile;
using Readout.Stories;

namespace Readout.Storage;

/// <summary>
/// The shared store: a PostgreSQL database, for several processes or machines at once. It holds
/// what <see cref="ArticleStore"/> holds, in the same form (layers and features as the same
/// Brotli-compressed JSON), and searches with PostgreSQL's own text search (a stored tsvector of
/// title and text, ranked by cover density, the hit shown by ts_headline). A writer takes a
/// transaction-scoped advisory lock first, so writers from any process queue one behind another as
/// SQLite's BEGIN IMMEDIATE makes them; a transaction that does not commit changes nothing.
/// </summary>
public sealed partial class PostgresArticleStore : IArticleStore
{
    /// <summary>The advisory lock every writer of a Readout database takes (PostgreSQL scopes it to the database).</summary>
    private const long WriteLock = 0x5245_4144_4F55_54;

    private const string SearchConfiguration = "english";

    private const string HeadlineOptions = "StartSel=[, StopSel=], MinWords=8, MaxWords=24, MaxFragments=1, ShortWord=2";

    /// <summary>Stories in the order their first article arrived, then by id in ordinal order.</summary>
    private const string StoryOrder = "s.first_key, s.id COLLATE \"C\"";

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS articles(
            key BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL UNIQUE,
            url TEXT UNIQUE,
            source TEXT, cited_source TEXT, published TEXT, language TEXT, title TEXT, origin TEXT,
            raw_text TEXT NOT NULL,
            text TEXT NOT NULL,
            offset_map TEXT NOT NULL,
            analysis BYTEA,
            analysis_version INTEGER NOT NULL DEFAULT 0,
            features BYTEA,
            ingested_at TEXT NOT NULL,
            search TSVECTOR GENERATED ALWAYS AS (
                setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')) STORED);
        CREATE INDEX IF NOT EXISTS articles_search ON articles USING GIN(search);
        CREATE INDEX IF NOT EXISTS articles_analysis_version ON articles(analysis_version);
        CREATE TABLE IF NOT EXISTS article_keys(
            article TEXT NOT NULL REFERENCES articles(id),
            key TEXT NOT NULL,
            PRIMARY KEY(article, key));
        CREATE TABLE IF NOT EXISTS key_frequencies(
            key TEXT PRIMARY KEY,
            articles INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS feature_frequencies(
            key TEXT PRIMARY KEY,
            articles INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS stories(
            id TEXT PRIMARY KEY,
            headline TEXT,
            date TEXT,
            json TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            first_key BIGINT);
        CREATE TABLE IF NOT EXISTS story_articles(
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL REFERENCES articles(id),
            PRIMARY KEY(story_id, article_id));
        CREATE INDEX IF NOT EXISTS story_articles_article ON story_articles(article_id);
        CREATE TABLE IF NOT EXISTS story_keys(
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            date TEXT,
            PRIMARY KEY(story_id, key));
        CREATE INDEX IF NOT EXISTS story_keys_key ON story_keys(key, date);
        CREATE TABLE IF NOT EXISTS unplaced_articles(
            article TEXT PRIMARY KEY REFERENCES articles(id));
        CREATE TABLE IF NOT EXISTS story_events(
            seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            story_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            articles TEXT NOT NULL,
            joined TEXT NOT NULL,
            others TEXT NOT NULL,
            at TEXT NOT NULL);
        """;

    private readonly NpgsqlConnection connection;
    private NpgsqlTransaction? transaction;

    public PostgresArticleStore(string connectionString)
    {
        connection = new NpgsqlConnection(connectionString);
        connection.Open();
        Write(() =>
        {
            var tables = Query("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
            Execute(Schema);
            if (Scalar<long>("SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'stories' AND column_name = 'first_key'") == 0)
            {
                Execute("ALTER TABLE stories ADD COLUMN first_key BIGINT");
                Execute(StoreUpgrades.FillFirstKeys);
            }

            Execute("CREATE INDEX IF NOT EXISTS stories_order ON stories(first_key)");
            if (Scalar<long>($"SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = '{StoreUpgrades.IndexOfKeysInKeyOrder}'") > 0)
            {
                Execute($"ALTER TABLE article_keys DROP CONSTRAINT article_keys_pkey; ALTER TABLE article_keys ADD PRIMARY KEY (article, key); DROP INDEX {StoreUpgrades.IndexOfKeysInKeyOrder}");
            }

            StoreUpgrades.FillNewTables(tables, sql => Execute(sql));
            if (Scalar<long>("SELECT count(*) FROM feature_frequencies") == 0)
            {
                foreach (var features in Query("SELECT features FROM articles WHERE features IS NOT NULL ORDER BY key", r => ArticleStore.Unpack<ArticleFeatures>((byte[])r[0])))
                {
                    CountFeatures(features, 1);
                }
            }
        });
    }

    public void Write(Action work) => Write(() =>
    {
        work();
        return true;
    });

    public T Write<T>(Func<T> work)
    {
        if (transaction is not null)
        {
            return work();
        }

        transaction = connection.BeginTransaction();
        try
        {
            Execute("SELECT pg_advisory_xact_lock(@lock)", ("lock", WriteLock));
            var result = work();
            transaction.Commit();
            return result;
        }
        finally
        {
            transaction.Dispose();
            transaction = null;
        }
    }

    public StoreResult Store(Document document, IEnumerable<Type> layers, int analysisVersion, ArticleFeatures features, IEnumerable<string> candidateKeys) => Write(() =>
    {
        var article = document.Article;
        var hash = ArticleStore.ContentHash(document.Text);
        var existing = Scalar<string>(
            "SELECT id FROM articles WHERE content_hash = @hash OR (url IS NOT NULL AND url = @url) ORDER BY key LIMIT 1",
            ("hash", hash), ("url", article.Url));
        if (existing is not null)
        {
            return new StoreResult(StoreOutcome.Duplicate, existing, $"same content or URL as stored article '{existing}'");
        }

        if (Scalar<string>("SELECT id FROM articles WHERE id = @id", ("id", article.Id)) is not null)
        {
            return new StoreResult(StoreOutcome.Rejected, article.Id, $"id '{article.Id}' is already stored for a different article");
        }

        InsertArticle(StoredArticle.Of(document, layers, analysisVersion, features, candidateKeys));
        CountFeatures(features, 1);
        return new StoreResult(StoreOutcome.Added, article.Id);
    });

    public string? StoredCopy(Article article) =>
        Scalar<string>(
            "SELECT id FROM articles WHERE (url IS NOT NULL AND url = @url) OR (id = @id AND raw_text = @raw) ORDER BY key LIMIT 1",
            ("url", article.Url), ("id", article.Id), ("raw", article.RawText));

    public void UpdateAnalysis(Document document, IEnumerable<Type> layers, int analysisVersion, ArticleFeatures features, IEnumerable<string> candidateKeys) => Write(() =>
    {
        var article = document.Article;
        foreach (var stored in Features([article.Id]))
        {
            CountFeatures(stored, -1);
        }

        CountFeatures(features, 1);
        Execute(
            """
            UPDATE articles SET source = @source, cited_source = @cited, text = @text, offset_map = @offsets,
                analysis = @analysis, analysis_version = @version, features = @features WHERE id = @id
            """,
            ("id", article.Id), ("source", article.Source), ("cited", article.CitedSource), ("text", document.Text),
            ("offsets", JsonSerializer.Serialize(document.Cleaned.Map.Segments, ArticleStore.RecordJson)),
            ("analysis", ArticleStore.PackLayers(document, layers)), ("version", analysisVersion), ("features", ArticleStore.PackFeatures(features)));
        Execute(
            "UPDATE key_frequencies SET articles = articles - 1 WHERE key IN (SELECT key FROM article_keys WHERE article = @id)",
            ("id", article.Id));
        Execute("DELETE FROM article_keys WHERE article = @id", ("id", article.Id));
        WriteKeys(article.Id, candidateKeys);
    });

    /// <inheritdoc cref="ArticleStore.StaleCount"/>
    public int StaleCount(int analysisVersion) =>
        (int)Scalar<long>("SELECT count(*) FROM articles WHERE analysis_version < @version OR analysis_version > @version", ("version", analysisVersion));

    public IReadOnlyList<string> StaleArticleIds(int analysisVersion) =>
        Query("SELECT id FROM articles WHERE analysis_version <> @version ORDER BY key", r => r.GetString(0), ("version", analysisVersion));

    public IReadOnlyList<Article> Articles(IEnumerable<string> ids) =>
        Query($"SELECT {ArticleStore.ArticleColumns} FROM articles WHERE id = ANY(@ids) ORDER BY key", ArticleStore.ReadArticle, ("ids", ids.ToArray()));

    public IReadOnlyList<string> ArticleIds() => Query("SELECT id FROM articles ORDER BY key", r => r.GetString(0));

    public IReadOnlyList<string> UnplacedArticles() =>
        Query("SELECT a.id FROM unplaced_articles u JOIN articles a ON a.id = u.article ORDER BY a.key", r => r.GetString(0));

    public IReadOnlyList<ArticleFeatures> Features(IEnumerable<string> ids) =>
        Query(
            "SELECT id, features FROM articles WHERE id = ANY(@ids) ORDER BY key",
            ArticleStore.ReadFeatures,
            ("ids", ids.ToArray()));

    public IReadOnlyDictionary<string, string> Placement(IEnumerable<string> storyIds) =>
        Query(
            "SELECT article_id, story_id FROM story_articles WHERE story_id = ANY(@ids)",
            r => (Article: r.GetString(0), Story: r.GetString(1)),
            ("ids", storyIds.ToArray()))
        .ToDictionary(pair => pair.Article, pair => pair.Story, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> KeyFrequencies(IEnumerable<string> keys) =>
        Query(
            "SELECT key, articles FROM key_frequencies WHERE key = ANY(@keys) AND articles > 0",
            r => (Key: r.GetString(0), Count: r.GetInt32(1)),
            ("keys", keys.ToArray()))
        .ToDictionary(pair => pair.Key, pair => pair.Count, StringComparer.Ordinal);

    public IReadOnlyList<(string Key, string Story, DateOnly? Date)> StoriesWithKeys(IEnumerable<string> keys, DateRange? dates) =>
        Query(
            dates is null
                ? "SELECT key COLLATE \"C\", story_id COLLATE \"C\", date FROM story_keys WHERE key = ANY(@keys) ORDER BY 1, 2"
                : """
                SELECT key COLLATE "C", story_id COLLATE "C", date FROM story_keys WHERE key = ANY(@keys) AND (date BETWEEN @from AND @to OR date IS NULL) ORDER BY 1, 2
                """,
            ArticleStore.ReadKeyPosting,
            [("keys", keys.ToArray()), .. ArticleStore.DateParameters(dates, "")]);

    public CollectionStatistics Statistics(IEnumerable<string> keys) =>
        new(
            ArticleCount,
            Query(
                "SELECT key, articles FROM feature_frequencies WHERE key = ANY(@keys)",
                r => (Key: r.GetString(0), Count: r.GetInt32(1)),
                ("keys", keys.ToArray()))
            .ToDictionary(pair => pair.Key, pair => pair.Count, StringComparer.Ordinal));

    public IReadOnlySet<string> StoryIds() => Query("SELECT id FROM stories", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);

    public void WriteStories(IEnumerable<ReconciledStory> changed, IEnumerable<string> removed, IEnumerable<StoryChange> events)
    {
        var now = DateTimeOffset.UtcNow.ToString("O");
        Write(() =>
        {
            ImportStories(changed.Select(reconciled => new StoredStory(
                reconciled.Story.Id, reconciled.Story.Headline, reconciled.Story.Date, JsonSerializer.Serialize(reconciled, ArticleStore.RecordJson), now, reconciled.Story.Articles)), removed);
            foreach (var change in events)
            {
                InsertEvent(new StoredStoryEvent(
                    change.StoryId, change.Kind.ToString(), JsonSerializer.Serialize(change.Articles, ArticleStore.RecordJson),
                    JsonSerializer.Serialize(change.Joined, ArticleStore.RecordJson), JsonSerializer.Serialize(change.Others, ArticleStore.RecordJson), now));
            }
        });
    }

    public IReadOnlyList<StoryChange> StoryEvents() =>
        [.. ExportStoryEvents().Select(change => new StoryChange(
            change.StoryId,
            Enum.Parse<StoryChangeKind>(change.Kind),
            JsonSerializer.Deserialize<ImmutableArray<string>>(change.Articles, ArticleStore.RecordJson),
            JsonSerializer.Deserialize<ImmutableArray<string>>(change.Joined, ArticleStore.RecordJson),
            JsonSerializer.Deserialize<ImmutableArray<string>>(change.Others, ArticleStore.RecordJson)))];

    public int ArticleCount => (int)Scalar<long>("SELECT count(*) FROM articles");

    public int StoryCount => (int)Scalar<long>("SELECT count(*) FROM stories");

    public IReadOnlyList<(string Id, string? Headline, int Articles)> Stories() =>
        Query(
            $"SELECT s.id, s.headline, (SELECT count(*)::int FROM story_articles sa WHERE sa.story_id = s.id) FROM stories s ORDER BY {StoryOrder}",
            r => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetInt32(2)));

    public ReconciledStory? Story(string id) =>
        Scalar<string>("SELECT json FROM stories WHERE id = @id", ("id", id)) is { } json ? JsonSerializer.Deserialize<ReconciledStory>(json, ArticleStore.RecordJson) : null;

    public IReadOnlyList<ReconciledStory> AllStories() => StoryPage(0, null);

    public IReadOnlyList<ReconciledStory> StoryPage(int offset, int? limit) =>
        Query(
            $"SELECT json FROM stories s ORDER BY {StoryOrder} LIMIT @limit OFFSET @offset",
            r => JsonSerializer.Deserialize<ReconciledStory>(r.GetString(0), ArticleStore.RecordJson)!,
            ("limit", limit), ("offset", offset));

    public Document? Document(string id) => Documents([id]).FirstOrDefault();

    public IReadOnlyList<Document> Documents(IEnumerable<string> ids) => ReadDocuments(ids, null);

    public IReadOnlyList<Document> Documents(IEnumerable<string> ids, IReadOnlySet<Type> layers) => ReadDocuments(ids, layers);

    private List<Document> ReadDocuments(IEnumerable<string> ids, IReadOnlySet<Type>? layers) =>
        Query(
            $"SELECT {ArticleStore.ArticleColumns}, text, offset_map, analysis FROM articles WHERE id = ANY(@ids) ORDER BY key",
            r => ArticleStore.ReadDocument(r, layers),
            ("ids", ids.ToArray()));

    /// <summary>Full-text search over title and text with the query syntax of <see cref="PostgresSearchQuery"/>, best cover density first.</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        SearchQuery.ToFts(query);
        if (PostgresSearchQuery.Translate(query, SearchConfiguration) is not { } search)
        {
            return [];
        }

        return Query(
            $"""
            WITH q AS (SELECT {search.Expression} AS query)
            SELECT a.id, a.title, a.source, a.published, ts_headline('{SearchConfiguration}', a.text, q.query, @options)
            FROM articles a, q WHERE a.search @@ q.query
            ORDER BY ts_rank_cd(a.search, q.query) DESC, a.key LIMIT @limit
            """,
            r => new SearchHit(r.GetString(0), ArticleStore.NullableString(r, 1), ArticleStore.NullableString(r, 2), ArticleStore.NullableString(r, 3), r.GetString(4)),
            [.. search.Parameters, ("options", HeadlineOptions), ("limit", limit)]);
    }

    public int SearchCount(string query)
    {
        SearchQuery.ToFts(query);
        return PostgresSearchQuery.Translate(query, SearchConfiguration) is { } search
            ? (int)Scalar<long>($"WITH q AS (SELECT {search.Expression} AS query) SELECT count(*) FROM articles a, q WHERE a.search @@ q.query", [.. search.Parameters])
            : 0;
    }

    public string? StoryOf(string articleId) =>
        Scalar<string>("SELECT story_id FROM story_articles WHERE article_id = @id LIMIT 1", ("id", articleId));

    public IReadOnlyList<StoredArticle> ExportArticles(IEnumerable<string> ids)
    {
        var idList = ids.ToArray();
        var keys = Query(
            "SELECT article, key FROM article_keys WHERE article = ANY(@ids) ORDER BY article, key COLLATE \"C\"",
            r => (Article: r.GetString(0), Key: r.GetString(1)),
            ("ids", idList)).ToLookup(pair => pair.Article, pair => pair.Key, StringComparer.Ordinal);
        return Query(
            $"SELECT {ArticleStore.StoredArticleColumns} FROM articles WHERE id = ANY(@ids) ORDER BY key",
            r => ArticleStore.ReadStoredArticle(r, keys),
            ("ids", idList));
    }

    public IReadOnlyList<StoredStory> ExportStories()
    {
        var articles = Query(ArticleStore.StoryMembersInOrder, r => (Story: r.GetString(0), Article: r.GetString(1))).ToLookup(pair => pair.Story, pair => pair.Article, StringComparer.Ordinal);
        return Query($"SELECT {ArticleStore.StoredStoryColumns} FROM stories s ORDER BY {StoryOrder}", r => ArticleStore.ReadStoredStory(r, articles));
    }

    public IReadOnlyList<StoredStoryEvent> ExportStoryEvents() =>
        Query(
            "SELECT story_id, kind, articles, joined, others, at FROM story_events ORDER BY seq",
            r => new StoredStoryEvent(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5)));

    public bool ImportArticle(StoredArticle article) => Write(() =>
    {
        if (Scalar<string>(
            "SELECT id FROM articles WHERE id = @id OR content_hash = @hash OR (url IS NOT NULL AND url = @url) LIMIT 1",
            ("id", article.Article.Id), ("hash", article.ContentHash), ("url", article.Article.Url)) is not null)
        {
            return false;
        }

        InsertArticle(article);
        if (article.Features is { } features)
        {
            CountFeatures(ArticleStore.Unpack<ArticleFeatures>(features), 1);
        }

        return true;
    });

    public void ImportStories(IEnumerable<StoredStory> stories) => ImportStories(stories, []);

    public void ImportStoryEvents(IEnumerable<StoredStoryEvent> events) => Write(() =>
    {
        foreach (var change in events.Where(change => Scalar<long>(
            "SELECT count(*) FROM story_events WHERE story_id = @story AND kind = @kind AND articles = @articles AND at = @at",
            ("story", change.StoryId), ("kind", change.Kind), ("articles", change.Articles), ("at", change.At)) == 0))
        {
            InsertEvent(change);
        }
    });

    public void Dispose()
    {
        transaction?.Dispose();
        if (connection.FullState.HasFlag(ConnectionState.Broken))
        {
            // The server dropped this connection, and most likely the pool's idle ones beside it (a restart,
            // a terminated backend): the next store opened would otherwise be handed one of them and fail too.
            NpgsqlConnection.ClearPool(connection);
        }

        connection.Dispose();
    }

    /// <summary>Deletes the stories of <paramref name="removed"/>, then writes each story (replacing the story of its id) with its articles.</summary>
    private void ImportStories(IEnumerable<StoredStory> stories, IEnumerable<string> removed) => Write(() =>
    {
        foreach (var id in removed)
        {
            Execute("DELETE FROM stories WHERE id = @id", ("id", id));
        }

        foreach (var story in stories)
        {
            var articles = story.Articles.ToArray();
            Execute("DELETE FROM story_articles WHERE story_id = @id", ("id", story.Id));
            Execute(
                """
                INSERT INTO stories(id, headline, date, json, updated_at, first_key)
                VALUES (@id, @headline, @date, @json, @at, (SELECT min(key) FROM articles WHERE id = ANY(@articles)))
                ON CONFLICT(id) DO UPDATE SET headline = excluded.headline, date = excluded.date, json = excluded.json, updated_at = excluded.updated_at, first_key = excluded.first_key
                """,
                ("id", story.Id), ("headline", story.Headline), ("date", story.Date), ("json", story.Json), ("at", story.UpdatedAt), ("articles", articles));
            Execute("DELETE FROM story_keys WHERE story_id = @id", ("id", story.Id));
            Execute("DELETE FROM story_articles WHERE article_id = ANY(@articles)", ("articles", articles));
            Execute("DELETE FROM unplaced_articles WHERE article = ANY(@articles)", ("articles", articles));
            Execute("INSERT INTO story_articles(story_id, article_id) SELECT @story, unnest(@articles)", ("story", story.Id), ("articles", articles));
            Execute(
                "INSERT INTO story_keys(story_id, key, date) SELECT DISTINCT @story, key, @date FROM article_keys WHERE article = ANY(@articles)",
                ("story", story.Id), ("date", story.Date), ("articles", articles));
        }
    });

    private void InsertArticle(StoredArticle stored)
    {
        var article = stored.Article;
        Execute(
            """
            INSERT INTO articles(id, content_hash, url, source, cited_source, published, language, title, origin, raw_text, text, offset_map, analysis, analysis_version, features, ingested_at)
            VALUES (@id, @hash, @url, @source, @cited, @published, @language, @title, @origin, @raw, @text, @offsets, @analysis, @version, @features, @at)
            """,
            ("id", article.Id), ("hash", stored.ContentHash), ("url", article.Url), ("source", article.Source), ("cited", article.CitedSource),
            ("published", article.Published), ("language", article.Language), ("title", article.Title), ("origin", article.Origin),
            ("raw", article.RawText), ("text", stored.Text), ("offsets", stored.OffsetMap), ("analysis", stored.Analysis),
            ("version", stored.AnalysisVersion), ("features", stored.Features), ("at", stored.IngestedAt));
        WriteKeys(article.Id, stored.Keys);
        Execute("INSERT INTO unplaced_articles(article) VALUES (@id)", ("id", article.Id));
    }

    private void InsertEvent(StoredStoryEvent change) =>
        Execute(
            "INSERT INTO story_events(story_id, kind, articles, joined, others, at) VALUES (@story, @kind, @articles, @joined, @others, @at)",
            ("story", change.StoryId), ("kind", change.Kind), ("articles", change.Articles), ("joined", change.Joined), ("others", change.Others), ("at", change.At));

    /// <summary>Adds <paramref name="change"/> to the count of every feature key the article carries, once for each time it carries it.</summary>
    private void CountFeatures(ArticleFeatures features, int change)
    {
        var counts = IncrementalStoryIndex.FeatureKeys(features).GroupBy(key => key, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal).ToList();
        Execute(
            """
            INSERT INTO feature_frequencies(key, articles) SELECT key, times * @change FROM unnest(@keys, @times) AS carried(key, times)
            ON CONFLICT(key) DO UPDATE SET articles = feature_frequencies.articles + excluded.articles
            """,
            ("keys", counts.Select(group => group.Key).ToArray()), ("times", counts.Select(group => group.Count()).ToArray()), ("change", change));
    }

    /// <summary>Records the candidate keys an article carries and counts it in each key's frequency.</summary>
    private void WriteKeys(string articleId, IEnumerable<string> keys)
    {
        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        Execute("INSERT INTO article_keys(key, article) SELECT unnest(@keys), @article", ("keys", distinct), ("article", articleId));
        Execute(
            "INSERT INTO key_frequencies(key, articles) SELECT unnest(@keys), 1 ON CONFLICT(key) DO UPDATE SET articles = key_frequencies.articles + 1",
            ("keys", distinct));
    }

    private void Execute(string sql, params (string Name, object? Value)[] parameters) =>
        StoreCommands.Execute(connection, transaction, sql, parameters);

    private T? Scalar<T>(string sql, params (string Name, object? Value)[] parameters) =>
        StoreCommands.Scalar<T>(connection, transaction, sql, parameters);

    private List<T> Query<T>(string sql, Func<DbDataReader, T> read, params (string Name, object? Value)[] parameters) =>
        StoreCommands.Query(connection, transaction, sql, read, parameters);
}
