using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Readout.Core;
using Readout.Reconcile;
using Readout.Stories;
using Readout.Times;
using Readout.Tokens;

namespace Readout.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with FTS5 over article text. Articles are
/// deduplicated by content hash and by URL. An article is stored with its analysis (every
/// layer it was given, as Brotli-compressed JSON of the layer records, with the version of
/// the analysis that made them), its clustering features and the keys that find its
/// candidate stories; a story as its reconciled record. Writers take the write lock up front
/// (BEGIN IMMEDIATE) and wait for one another (busy timeout), so concurrent writers queue
/// instead of failing; a transaction that does not commit changes nothing.
/// </summary>
public sealed partial class ArticleStore : IArticleStore
{
    public const string DefaultPath = "readout.db";

    /// <summary>How long a writer waits for another process's write to finish.</summary>
    private const int BusyTimeoutMilliseconds = 120_000;

    internal static readonly JsonSerializerOptions RecordJson = new();

    /// <summary>
    /// Brotli's quality for stored analyses and features: on news articles' layers quality 2 took
    /// half the time of the quality <see cref="CompressionLevel.Optimal"/> gives (4) and made
    /// slightly smaller blobs (docs/performance.md).
    /// </summary>
    private const int CompressionQuality = 2;

    /// <summary>Brotli's window (log2 of bytes), its default.</summary>
    private const int CompressionWindow = 22;

    /// <summary>The layer types by the names the stored analysis gives them.</summary>
    private static readonly ConcurrentDictionary<string, Type> LayerTypes = new(StringComparer.Ordinal);

    /// <summary>
    /// The stages whose layers are not written with an article's analysis, as reading runs them again
    /// on its text: the tokens, three quarters of the analysis's JSON, take a hundredth of a millisecond
    /// to make again. A store written before keeps them, and reads them.
    /// </summary>
    private static readonly IReadOnlyList<IAnnotator> StagesRunOnReading = [new Tokenizer()];

    private readonly SqliteConnection connection;
    private SqliteTransaction? transaction;

    public ArticleStore(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = false,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString());
        connection.Open();
        Execute($"PRAGMA busy_timeout={BusyTimeoutMilliseconds}; PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;");
        Write(() =>
        {
            var tables = Query("SELECT name FROM sqlite_master WHERE type = 'table'", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
            Execute(Schema);
            Migrate(tables);
        });
    }

    /// <summary>Where the store lives: READOUT_DB if set, else readout.db in the working folder.</summary>
    public static string ResolvePath(string? explicitPath) =>
        explicitPath ?? Environment.GetEnvironmentVariable("READOUT_DB") ?? DefaultPath;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS articles(
            key INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL UNIQUE,
            url TEXT UNIQUE,
            source TEXT, cited_source TEXT, published TEXT, language TEXT, title TEXT, origin TEXT,
            raw_text TEXT NOT NULL,
            text TEXT NOT NULL,
            offset_map TEXT NOT NULL,
            analysis BLOB,
            analysis_version INTEGER NOT NULL DEFAULT 0,
            features BLOB,
            ingested_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS articles_analysis_version ON articles(analysis_version);
        CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content='articles', content_rowid='key', tokenize='porter unicode61');
        CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.key, new.title, new.text);
        END;
        CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.key, old.title, old.text);
        END;
        CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.key, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.key, new.title, new.text);
        END;
        CREATE TABLE IF NOT EXISTS article_keys(
            article TEXT NOT NULL REFERENCES articles(id),
            key TEXT NOT NULL,
            PRIMARY KEY(article, key)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS key_frequencies(
            key TEXT PRIMARY KEY,
            articles INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS feature_frequencies(
            key TEXT PRIMARY KEY,
            articles INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS stories(
            id TEXT PRIMARY KEY,
            headline TEXT,
            date TEXT,
            json TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            first_key INTEGER);
        CREATE TABLE IF NOT EXISTS story_articles(
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL REFERENCES articles(id),
            PRIMARY KEY(story_id, article_id));
        CREATE INDEX IF NOT EXISTS story_articles_article ON story_articles(article_id);
        CREATE TABLE IF NOT EXISTS story_keys(
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            date TEXT,
            PRIMARY KEY(story_id, key)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS story_keys_key ON story_keys(key, date);
        CREATE TABLE IF NOT EXISTS unplaced_articles(
            article TEXT PRIMARY KEY REFERENCES articles(id)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS story_events(
            seq INTEGER PRIMARY KEY,
            story_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            articles TEXT NOT NULL,
            joined TEXT NOT NULL,
            others TEXT NOT NULL,
            at TEXT NOT NULL);
        """;

    /// <summary>The hash that identifies an article's content: its cleaned text with whitespace collapsed.</summary>
    public static string ContentHash(string cleanedText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Whitespace().Replace(cleanedText, " ").Trim())));

    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction, taken up front (BEGIN IMMEDIATE) so a
    /// concurrent writer waits rather than fails; nested calls join the open transaction.
    /// </summary>
    public void Write(Action work) => Write(() =>
    {
        work();
        return true;
    });

    /// <inheritdoc cref="Write(Action)"/>
    public T Write<T>(Func<T> work)
    {
        if (transaction is not null)
        {
            return work();
        }

        transaction = connection.BeginTransaction(deferred: false);
        try
        {
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

    /// <summary>
    /// Stores an analyzed article with its layers of <paramref name="layers"/>, the analysis version
    /// and its clustering features, unless its content or URL is stored already or its id names
    /// another article.
    /// </summary>
    public StoreResult Store(Document document, IEnumerable<Type> layers, int analysisVersion, ArticleFeatures features, IEnumerable<string> candidateKeys) => Write(() =>
    {
        var article = document.Article;
        var hash = ContentHash(document.Text);
        var existing = Scalar<string>(
            "SELECT id FROM articles WHERE content_hash = $hash OR (url IS NOT NULL AND url = $url) LIMIT 1",
            ("$hash", hash), ("$url", article.Url));
        if (existing is not null)
        {
            return new StoreResult(StoreOutcome.Duplicate, existing, $"same content or URL as stored article '{existing}'");
        }

        if (Scalar<string>("SELECT id FROM articles WHERE id = $id", ("$id", article.Id)) is not null)
        {
            return new StoreResult(StoreOutcome.Rejected, article.Id, $"id '{article.Id}' is already stored for a different article");
        }

        Execute(
            """
            INSERT INTO articles(id, content_hash, url, source, cited_source, published, language, title, origin, raw_text, text, offset_map, analysis, analysis_version, features, ingested_at)
            VALUES ($id, $hash, $url, $source, $cited, $published, $language, $title, $origin, $raw, $text, $offsets, $analysis, $version, $features, $now)
            """,
            ("$id", article.Id), ("$hash", hash), ("$url", article.Url), ("$source", article.Source), ("$cited", article.CitedSource),
            ("$published", article.Published), ("$language", article.Language), ("$title", article.Title), ("$origin", article.Origin),
            ("$raw", article.RawText), ("$text", document.Text), ("$offsets", JsonSerializer.Serialize(document.Cleaned.Map.Segments, RecordJson)),
            ("$analysis", PackLayers(document, layers)), ("$version", analysisVersion), ("$features", PackFeatures(features)),
            ("$now", DateTimeOffset.UtcNow.ToString("O")));
        WriteKeys(article.Id, candidateKeys);
        Execute("INSERT INTO unplaced_articles(article) VALUES ($id)", ("$id", article.Id));
        CountFeatures(features, 1);
        return new StoreResult(StoreOutcome.Added, article.Id);
    });

    /// <summary>
    /// The id of a stored article that is this one as read before: the same URL, or the same id and
    /// raw text. Such an article needs no analysis to know it is a duplicate.
    /// </summary>
    public string? StoredCopy(Article article) =>
        Scalar<string>(
            "SELECT id FROM articles WHERE (url IS NOT NULL AND url = $url) OR (id = $id AND raw_text = $raw) LIMIT 1",
            ("$url", article.Url), ("$id", article.Id), ("$raw", article.RawText));

    /// <summary>Replaces a stored article's analysis (its cleaned text, layers, version, features and keys) after it was analyzed again.</summary>
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
            UPDATE articles SET source = $source, cited_source = $cited, text = $text, offset_map = $offsets,
                analysis = $analysis, analysis_version = $version, features = $features WHERE id = $id
            """,
            ("$id", article.Id), ("$source", article.Source), ("$cited", article.CitedSource), ("$text", document.Text),
            ("$offsets", JsonSerializer.Serialize(document.Cleaned.Map.Segments, RecordJson)),
            ("$analysis", PackLayers(document, layers)), ("$version", analysisVersion), ("$features", PackFeatures(features)));
        Execute(
            "UPDATE key_frequencies SET articles = articles - 1 WHERE key IN (SELECT key FROM article_keys WHERE article = $id)",
            ("$id", article.Id));
        Execute("DELETE FROM article_keys WHERE article = $id", ("$id", article.Id));
        WriteKeys(article.Id, candidateKeys);
    });

    /// <summary>How many stored articles were analyzed by another version of the analysis than <paramref name="analysisVersion"/>.</summary>
    /// <remarks>
    /// Asked before every batch an ingest stores. Not "&lt;&gt;", which reads every entry of the version's
    /// index (without the index, every article row: 70 ms in a SQLite store of 100k): the two ranges are two seeks,
    /// which find nothing in a store that is up to date.
    /// </remarks>
    public int StaleCount(int analysisVersion) =>
        (int)(Scalar<long?>("SELECT count(*) FROM articles WHERE analysis_version < $version OR analysis_version > $version", ("$version", analysisVersion)) ?? 0);

    /// <summary>The stored articles analyzed by another version than <paramref name="analysisVersion"/>, in ingest order.</summary>
    public IReadOnlyList<string> StaleArticleIds(int analysisVersion) =>
        Query("SELECT id FROM articles WHERE analysis_version <> $version ORDER BY key", r => r.GetString(0), ("$version", analysisVersion));

    /// <summary>The stored articles among <paramref name="ids"/> as they were read, in ingest order.</summary>
    public IReadOnlyList<Article> Articles(IEnumerable<string> ids) =>
        Query(
            $"SELECT {ArticleColumns} FROM articles WHERE id IN (SELECT value FROM json_each($ids)) ORDER BY key",
            ReadArticle,
            ("$ids", JsonSerializer.Serialize(ids.ToArray(), RecordJson)));

    /// <summary>Every stored article id, in ingest order.</summary>
    public IReadOnlyList<string> ArticleIds() => Query("SELECT id FROM articles ORDER BY key", r => r.GetString(0));

    /// <summary>The stored articles in no story (left by a run that stopped before placing them), in ingest order.</summary>
    public IReadOnlyList<string> UnplacedArticles() =>
        Query("SELECT a.id FROM unplaced_articles u CROSS JOIN articles a ON a.id = u.article ORDER BY a.key", r => r.GetString(0));

    /// <summary>The clustering features of the stored articles among <paramref name="ids"/>, in ingest order.</summary>
    public IReadOnlyList<ArticleFeatures> Features(IEnumerable<string> ids) =>
        Query(
            "SELECT id, features FROM articles WHERE id IN (SELECT value FROM json_each($ids)) ORDER BY key",
            ReadFeatures,
            ("$ids", JsonSerializer.Serialize(ids.ToArray(), RecordJson)));

    /// <summary>Article to story, for the articles of the stories among <paramref name="storyIds"/>.</summary>
    public IReadOnlyDictionary<string, string> Placement(IEnumerable<string> storyIds) =>
        Query(
            "SELECT article_id, story_id FROM story_articles WHERE story_id IN (SELECT value FROM json_each($ids))",
            r => (Article: r.GetString(0), Story: r.GetString(1)),
            ("$ids", JsonSerializer.Serialize(storyIds.ToArray(), RecordJson)))
        .ToDictionary(pair => pair.Article, pair => pair.Story, StringComparer.Ordinal);

    /// <summary>How many stored articles carry each of <paramref name="keys"/>.</summary>
    public IReadOnlyDictionary<string, int> KeyFrequencies(IEnumerable<string> keys) =>
        Query(
            "SELECT key, articles FROM key_frequencies WHERE key IN (SELECT value FROM json_each($keys)) AND articles > 0",
            r => (Key: r.GetString(0), Count: r.GetInt32(1)),
            ("$keys", JsonSerializer.Serialize(keys.ToArray(), RecordJson)))
        .ToDictionary(pair => pair.Key, pair => pair.Count, StringComparer.Ordinal);

    /// <inheritdoc/>
    public IReadOnlyList<(string Key, string Story, DateOnly? Date)> StoriesWithKeys(IEnumerable<string> keys, DateRange? dates) =>
        Query(
            dates is null
                ? "SELECT key, story_id, date FROM story_keys WHERE key IN (SELECT value FROM json_each($keys)) ORDER BY key, story_id"
                : """
                SELECT key, story_id, date FROM story_keys WHERE key IN (SELECT value FROM json_each($keys)) AND date BETWEEN $from AND $to
                UNION ALL SELECT key, story_id, date FROM story_keys WHERE key IN (SELECT value FROM json_each($keys)) AND date IS NULL
                ORDER BY 1, 2
                """,
            ReadKeyPosting,
            [("$keys", JsonSerializer.Serialize(keys.ToArray(), RecordJson)), .. DateParameters(dates, "$")]);

    /// <summary>The bounds of <paramref name="dates"/> as query parameters named with <paramref name="prefix"/>; none when there are no bounds.</summary>
    internal static (string Name, object? Value)[] DateParameters(DateRange? dates, string prefix) =>
        dates is null
            ? []
            : [(prefix + "from", dates.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), (prefix + "to", dates.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))];

    /// <summary>The store's article count and how many articles carry each of <paramref name="keys"/> (feature keys of <see cref="IncrementalStoryIndex.FeatureKeys"/>).</summary>
    public CollectionStatistics Statistics(IEnumerable<string> keys) =>
        new(
            ArticleCount,
            Query(
                "SELECT key, articles FROM feature_frequencies WHERE key IN (SELECT value FROM json_each($keys))",
                r => (Key: r.GetString(0), Count: r.GetInt32(1)),
                ("$keys", JsonSerializer.Serialize(keys.ToArray(), RecordJson)))
            .ToDictionary(pair => pair.Key, pair => pair.Count, StringComparer.Ordinal));

    /// <summary>Every story id in use.</summary>
    public IReadOnlySet<string> StoryIds() => Query("SELECT id FROM stories", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Writes the stories that changed (each replaces the story of its id with its articles),
    /// deletes the stories that are gone, and records each change as a story event.
    /// </summary>
    public void WriteStories(IEnumerable<ReconciledStory> changed, IEnumerable<string> removed, IEnumerable<StoryChange> events) => Write(() =>
    {
        var now = DateTimeOffset.UtcNow.ToString("O");
        foreach (var id in removed)
        {
            Execute("DELETE FROM stories WHERE id = $id", ("$id", id));
        }

        foreach (var reconciled in changed)
        {
            var story = reconciled.Story;
            WriteStory(new StoredStory(story.Id, story.Headline, story.Date, JsonSerializer.Serialize(reconciled, RecordJson), now, story.Articles));
        }

        foreach (var change in events)
        {
            Execute(
                "INSERT INTO story_events(story_id, kind, articles, joined, others, at) VALUES ($story, $kind, $articles, $joined, $others, $now)",
                ("$story", change.StoryId), ("$kind", change.Kind.ToString()), ("$articles", JsonSerializer.Serialize(change.Articles, RecordJson)),
                ("$joined", JsonSerializer.Serialize(change.Joined, RecordJson)), ("$others", JsonSerializer.Serialize(change.Others, RecordJson)), ("$now", now));
        }
    });

    /// <summary>The recorded story changes, oldest first.</summary>
    public IReadOnlyList<StoryChange> StoryEvents() =>
        Query(
            "SELECT story_id, kind, articles, joined, others FROM story_events ORDER BY seq",
            r => new StoryChange(
                r.GetString(0),
                Enum.Parse<StoryChangeKind>(r.GetString(1)),
                JsonSerializer.Deserialize<ImmutableArray<string>>(r.GetString(2), RecordJson),
                JsonSerializer.Deserialize<ImmutableArray<string>>(r.GetString(3), RecordJson),
                JsonSerializer.Deserialize<ImmutableArray<string>>(r.GetString(4), RecordJson)));

    public int ArticleCount => (int)(Scalar<long?>("SELECT count(*) FROM articles") ?? 0);

    public int StoryCount => (int)(Scalar<long?>("SELECT count(*) FROM stories") ?? 0);

    public IReadOnlyList<(string Id, string? Headline, int Articles)> Stories() =>
        Query(
            $"SELECT s.id, s.headline, (SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id) FROM stories s ORDER BY {StoryOrder}",
            r => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetInt32(2)));

    public ReconciledStory? Story(string id) =>
        Scalar<string>("SELECT json FROM stories WHERE id = $id", ("$id", id)) is { } json ? JsonSerializer.Deserialize<ReconciledStory>(json, RecordJson) : null;

    /// <summary>Every stored story, in the order of its first article's arrival.</summary>
    public IReadOnlyList<ReconciledStory> AllStories() => StoryPage(0, null);

    public IReadOnlyList<ReconciledStory> StoryPage(int offset, int? limit) =>
        Query(
            $"SELECT json FROM stories s ORDER BY {StoryOrder} LIMIT $limit OFFSET $offset",
            r => JsonSerializer.Deserialize<ReconciledStory>(r.GetString(0), RecordJson)!,
            ("$limit", limit ?? -1), ("$offset", offset));

    /// <summary>A stored article as a document: its text, offset map and stored layers, as its analysis left them.</summary>
    public Document? Document(string id) => Documents([id]).FirstOrDefault();

    /// <summary>The stored articles among <paramref name="ids"/> as documents, in ingest order.</summary>
    public IReadOnlyList<Document> Documents(IEnumerable<string> ids) => ReadDocuments(ids, null);

    public IReadOnlyList<Document> Documents(IEnumerable<string> ids, IReadOnlySet<Type> layers) => ReadDocuments(ids, layers);

    private List<Document> ReadDocuments(IEnumerable<string> ids, IReadOnlySet<Type>? layers) =>
        Query(
            $"SELECT {ArticleColumns}, text, offset_map, analysis FROM articles WHERE id IN (SELECT value FROM json_each($ids)) ORDER BY key",
            r => ReadDocument(r, layers),
            ("$ids", JsonSerializer.Serialize(ids.ToArray(), RecordJson)));

    /// <summary>Full-text search for what a person typed (see <see cref="SearchQuery"/>), best hits first.</summary>
    /// <exception cref="SearchQueryException">The query has nothing to search for.</exception>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20) =>
        Query(
            """
            SELECT a.id, a.title, a.source, a.published, snippet(articles_fts, 1, '[', ']', '…', 16)
            FROM articles_fts JOIN articles a ON a.key = articles_fts.rowid
            WHERE articles_fts MATCH $query ORDER BY rank LIMIT $limit
            """,
            r => new SearchHit(r.GetString(0), NullableString(r, 1), NullableString(r, 2), NullableString(r, 3), r.GetString(4)),
            ("$query", SearchQuery.ToFts(query)), ("$limit", limit));

    /// <summary>The id of the story a stored article belongs to; null when it is in none (or not stored).</summary>
    public string? StoryOf(string articleId) =>
        Scalar<string>("SELECT story_id FROM story_articles WHERE article_id = $id LIMIT 1", ("$id", articleId));

    /// <summary>How many stored articles match <paramref name="query"/>, however many a page shows.</summary>
    public int SearchCount(string query) =>
        (int)(Scalar<long?>("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH $query", ("$query", SearchQuery.ToFts(query))) ?? 0);

    public IReadOnlyList<StoredArticle> ExportArticles(IEnumerable<string> ids)
    {
        var idList = JsonSerializer.Serialize(ids.ToArray(), RecordJson);
        var keys = Query(
            "SELECT article, key FROM article_keys WHERE article IN (SELECT value FROM json_each($ids)) ORDER BY article, key",
            r => (Article: r.GetString(0), Key: r.GetString(1)),
            ("$ids", idList)).ToLookup(pair => pair.Article, pair => pair.Key, StringComparer.Ordinal);
        return Query(
            $"SELECT {StoredArticleColumns} FROM articles WHERE id IN (SELECT value FROM json_each($ids)) ORDER BY key",
            r => ReadStoredArticle(r, keys),
            ("$ids", idList));
    }

    public IReadOnlyList<StoredStory> ExportStories()
    {
        var articles = Query(StoryMembersInOrder, r => (Story: r.GetString(0), Article: r.GetString(1))).ToLookup(pair => pair.Story, pair => pair.Article, StringComparer.Ordinal);
        return Query($"SELECT {StoredStoryColumns} FROM stories s ORDER BY {StoryOrder}", r => ReadStoredStory(r, articles));
    }

    /// <summary>A (key, story, the story's date) posting from a row of <c>story_keys</c>' key, story_id and date.</summary>
    internal static (string Key, string Story, DateOnly? Date) ReadKeyPosting(DbDataReader r) =>
        (r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : DateOnly.ParseExact(r.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>An article's clustering features from a row of its id and packed features (none stored: empty features).</summary>
    internal static ArticleFeatures ReadFeatures(DbDataReader r) =>
        r.IsDBNull(1) ? ArticleFeatures.Empty(r.GetString(0)) : Unpack<ArticleFeatures>((byte[])r[1]);

    /// <summary>The columns <see cref="ReadStoredArticle"/> reads, in its order.</summary>
    internal const string StoredArticleColumns = ArticleColumns + ", content_hash, text, offset_map, analysis, analysis_version, features, ingested_at";

    /// <summary>The columns <see cref="ReadStoredStory"/> reads, in its order.</summary>
    internal const string StoredStoryColumns = "id, headline, date, json, updated_at";

    /// <summary>Each story's articles (story, article), in ingest order.</summary>
    internal const string StoryMembersInOrder = "SELECT sa.story_id, sa.article_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id ORDER BY a.key";

    /// <summary>An article exactly as stored, from a row of <see cref="StoredArticleColumns"/>, with its candidate keys.</summary>
    internal static StoredArticle ReadStoredArticle(DbDataReader r, ILookup<string, string> keys) =>
        new(
            ReadArticle(r), r.GetString(9), r.GetString(10), r.GetString(11), r.IsDBNull(12) ? null : (byte[])r[12],
            r.GetInt32(13), r.IsDBNull(14) ? null : (byte[])r[14], r.GetString(15), [.. keys[r.GetString(0)]]);

    /// <summary>A story exactly as stored, from a row of <see cref="StoredStoryColumns"/>, with its articles.</summary>
    internal static StoredStory ReadStoredStory(DbDataReader r, ILookup<string, string> articles) =>
        new(r.GetString(0), NullableString(r, 1), NullableString(r, 2), r.GetString(3), r.GetString(4), [.. articles[r.GetString(0)]]);

    public IReadOnlyList<StoredStoryEvent> ExportStoryEvents() =>
        Query(
            "SELECT story_id, kind, articles, joined, others, at FROM story_events ORDER BY seq",
            r => new StoredStoryEvent(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5)));

    public bool ImportArticle(StoredArticle stored) => Write(() =>
    {
        var article = stored.Article;
        if (Scalar<string>(
            "SELECT id FROM articles WHERE id = $id OR content_hash = $hash OR (url IS NOT NULL AND url = $url) LIMIT 1",
            ("$id", article.Id), ("$hash", stored.ContentHash), ("$url", article.Url)) is not null)
        {
            return false;
        }

        Execute(
            """
            INSERT INTO articles(id, content_hash, url, source, cited_source, published, language, title, origin, raw_text, text, offset_map, analysis, analysis_version, features, ingested_at)
            VALUES ($id, $hash, $url, $source, $cited, $published, $language, $title, $origin, $raw, $text, $offsets, $analysis, $version, $features, $at)
            """,
            ("$id", article.Id), ("$hash", stored.ContentHash), ("$url", article.Url), ("$source", article.Source), ("$cited", article.CitedSource),
            ("$published", article.Published), ("$language", article.Language), ("$title", article.Title), ("$origin", article.Origin),
            ("$raw", article.RawText), ("$text", stored.Text), ("$offsets", stored.OffsetMap), ("$analysis", stored.Analysis),
            ("$version", stored.AnalysisVersion), ("$features", stored.Features), ("$at", stored.IngestedAt));
        WriteKeys(article.Id, stored.Keys);
        Execute("INSERT INTO unplaced_articles(article) VALUES ($id)", ("$id", article.Id));
        if (stored.Features is { } features)
        {
            CountFeatures(Unpack<ArticleFeatures>(features), 1);
        }

        return true;
    });

    public void ImportStories(IEnumerable<StoredStory> stories) => Write(() =>
    {
        foreach (var story in stories)
        {
            WriteStory(story);
        }
    });

    /// <summary>
    /// Writes a story (replacing the story of its id) with its articles, which leave any other
    /// story and the unplaced, and the candidate keys its articles carry, dated as the story is.
    /// </summary>
    private void WriteStory(StoredStory story)
    {
        var articles = JsonSerializer.Serialize(story.Articles.ToArray(), RecordJson);
        Execute("DELETE FROM story_articles WHERE story_id = $id", ("$id", story.Id));
        Execute("DELETE FROM story_keys WHERE story_id = $id", ("$id", story.Id));
        Execute(
            """
            INSERT OR REPLACE INTO stories(id, headline, date, json, updated_at, first_key)
            VALUES ($id, $headline, $date, $json, $at, (SELECT min(key) FROM articles WHERE id IN (SELECT value FROM json_each($articles))))
            """,
            ("$id", story.Id), ("$headline", story.Headline), ("$date", story.Date), ("$json", story.Json), ("$at", story.UpdatedAt), ("$articles", articles));
        Execute("DELETE FROM story_articles WHERE article_id IN (SELECT value FROM json_each($articles))", ("$articles", articles));
        Execute("DELETE FROM unplaced_articles WHERE article IN (SELECT value FROM json_each($articles))", ("$articles", articles));
        Execute("INSERT INTO story_articles(story_id, article_id) SELECT $story, value FROM json_each($articles)", ("$story", story.Id), ("$articles", articles));
        Execute(
            "INSERT INTO story_keys(story_id, key, date) SELECT DISTINCT $story, key, $date FROM article_keys WHERE article IN (SELECT value FROM json_each($articles))",
            ("$story", story.Id), ("$date", story.Date), ("$articles", articles));
    }

    public void ImportStoryEvents(IEnumerable<StoredStoryEvent> events) => Write(() =>
    {
        foreach (var change in events)
        {
            Execute(
                """
                INSERT INTO story_events(story_id, kind, articles, joined, others, at)
                SELECT $story, $kind, $articles, $joined, $others, $at
                WHERE NOT EXISTS (SELECT 1 FROM story_events WHERE story_id = $story AND kind = $kind AND articles = $articles AND at = $at)
                """,
                ("$story", change.StoryId), ("$kind", change.Kind), ("$articles", change.Articles), ("$joined", change.Joined), ("$others", change.Others), ("$at", change.At));
        }
    });

    /// <summary>A document's layers of the given types as compressed JSON (but those remade on reading): layer type name to record, in ordinal order of the names.</summary>
    internal static byte[] PackLayers(Document document, IEnumerable<Type> layers)
    {
        var json = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(json))
        {
            writer.WriteStartObject();
            foreach (var type in layers.Where(type => document.Layer(type) is not null && !StagesRunOnReading.Any(stage => stage.Adds == type)).OrderBy(type => type.FullName, StringComparer.Ordinal))
            {
                writer.WritePropertyName(type.FullName!);
                JsonSerializer.Serialize(writer, document.Layer(type), type, RecordJson);
            }

            writer.WriteEndObject();
        }

        return Compress(json.WrittenSpan);
    }

    public void Dispose()
    {
        transaction?.Dispose();
        connection.Dispose();
    }

    /// <summary>Stories in the order their first article arrived, as a batch run lists them.</summary>
    internal const string StoryOrder = "s.first_key, s.id";

    internal const string ArticleColumns = "id, raw_text, origin, source, url, published, language, title, cited_source";

    /// <summary>Brings a store an older Readout made up to this schema; <paramref name="tables"/> are the tables it had.</summary>
    private void Migrate(IReadOnlySet<string> tables)
    {
        if (Scalar<long?>($"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '{StoreUpgrades.IndexOfKeysInKeyOrder}'") > 0)
        {
            Execute("""
                CREATE TABLE article_keys_by_article(
                    article TEXT NOT NULL REFERENCES articles(id),
                    key TEXT NOT NULL,
                    PRIMARY KEY(article, key)) WITHOUT ROWID;
                INSERT INTO article_keys_by_article(article, key) SELECT article, key FROM article_keys;
                DROP TABLE article_keys;
                ALTER TABLE article_keys_by_article RENAME TO article_keys;
                """);
        }

        var columns = Query("SELECT name FROM pragma_table_info('articles')", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
        if (!columns.Contains("analysis"))
        {
            Execute("ALTER TABLE articles ADD COLUMN analysis BLOB; ALTER TABLE articles ADD COLUMN analysis_version INTEGER NOT NULL DEFAULT 0; ALTER TABLE articles ADD COLUMN features BLOB;");
        }

        if (columns.Contains("layers"))
        {
            Execute("ALTER TABLE articles DROP COLUMN layers");
        }

        if (!Query("SELECT name FROM pragma_table_info('stories')", r => r.GetString(0)).Contains("date"))
        {
            Execute("ALTER TABLE stories ADD COLUMN date TEXT");
            Execute("UPDATE stories SET date = json_extract(json, '$.Story.Date')");
        }

        if (!Query("SELECT name FROM pragma_table_info('stories')", r => r.GetString(0)).Contains("first_key"))
        {
            Execute("ALTER TABLE stories ADD COLUMN first_key INTEGER");
            Execute(StoreUpgrades.FillFirstKeys);
        }

        Execute("CREATE INDEX IF NOT EXISTS stories_order ON stories(first_key, id)");
        StoreUpgrades.FillNewTables(tables, sql => Execute(sql));
        if (Scalar<long?>("SELECT count(*) FROM feature_frequencies") == 0)
        {
            foreach (var features in Query("SELECT features FROM articles WHERE features IS NOT NULL ORDER BY key", r => Unpack<ArticleFeatures>((byte[])r[0])))
            {
                CountFeatures(features, 1);
            }
        }
    }

    /// <summary>Adds <paramref name="change"/> to the count of every feature key the article carries.</summary>
    private void CountFeatures(ArticleFeatures features, int change) =>
        Execute(
            "INSERT INTO feature_frequencies(key, articles) SELECT value, $change FROM json_each($keys) WHERE true ON CONFLICT(key) DO UPDATE SET articles = articles + $change",
            ("$keys", JsonSerializer.Serialize(IncrementalStoryIndex.FeatureKeys(features).ToArray(), RecordJson)), ("$change", change));

    /// <summary>Records the candidate keys an article carries and counts it in each key's frequency.</summary>
    private void WriteKeys(string articleId, IEnumerable<string> keys)
    {
        var distinct = JsonSerializer.Serialize(keys.Distinct(StringComparer.Ordinal).ToArray(), RecordJson);
        Execute("INSERT INTO article_keys(key, article) SELECT value, $article FROM json_each($keys)", ("$keys", distinct), ("$article", articleId));
        Execute(
            "INSERT INTO key_frequencies(key, articles) SELECT value, 1 FROM json_each($keys) WHERE true ON CONFLICT(key) DO UPDATE SET articles = articles + 1",
            ("$keys", distinct));
    }

    /// <summary>Features as compressed JSON; their words are held in ordinal order, so the same features give the same bytes.</summary>
    internal static byte[] PackFeatures(ArticleFeatures features) => Compress(JsonSerializer.SerializeToUtf8Bytes(features, RecordJson));

    private static byte[] Compress(ReadOnlySpan<byte> bytes)
    {
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
        if (!BrotliEncoder.TryCompress(bytes, compressed, out var written, CompressionQuality, CompressionWindow))
        {
            throw new InvalidOperationException("Brotli could not compress into a buffer of its own maximum size.");
        }

        return compressed[..written];
    }

    internal static byte[] Decompress(byte[] bytes)
    {
        using var brotli = new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        brotli.CopyTo(buffer);
        return buffer.ToArray();
    }

    internal static T Unpack<T>(byte[] bytes) => JsonSerializer.Deserialize<T>(Decompress(bytes), RecordJson)!;

    internal static Article ReadArticle(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), NullableString(r, 2) ?? "store", NullableString(r, 3), NullableString(r, 4),
            NullableString(r, 5), NullableString(r, 6), NullableString(r, 7), NullableString(r, 8));

    /// <summary>A stored article as a document with the stored layers of the types in <paramref name="layers"/> (all when null).</summary>
    internal static Document ReadDocument(DbDataReader r, IReadOnlySet<Type>? layers)
    {
        var article = ReadArticle(r);
        var map = new OffsetMap([.. JsonSerializer.Deserialize<OffsetSegment[]>(r.GetString(10), RecordJson)!]);
        var document = new Document(article, new CleanedText(r.GetString(9), map));
        if (r.IsDBNull(11))
        {
            return document;
        }

        // Read straight from the JSON, without a tree of it: a story's worth of documents is read for every page and brief.
        var reader = new Utf8JsonReader(Decompress((byte[])r[11]));
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var type = LayerTypes.GetOrAdd(reader.GetString()!, name => typeof(Document).Assembly.GetType(name, throwOnError: true)!);
            reader.Read();
            if (layers is null || layers.Contains(type))
            {
                document = document.With(type, JsonSerializer.Deserialize(ref reader, type, RecordJson)!);
            }
            else
            {
                reader.Skip();
            }
        }

        foreach (var stage in StagesRunOnReading)
        {
            if ((layers is null || layers.Contains(stage.Adds)) && document.Layer(stage.Adds) is null)
            {
                document = stage.Annotate(document);
            }
        }

        return document;
    }

    internal static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private void Execute(string sql, params (string Name, object? Value)[] parameters) =>
        StoreCommands.Execute(connection, transaction, sql, parameters);

    private T? Scalar<T>(string sql, params (string Name, object? Value)[] parameters) =>
        StoreCommands.Scalar<T>(connection, transaction, sql, parameters);

    private List<T> Query<T>(string sql, Func<DbDataReader, T> read, params (string Name, object? Value)[] parameters) =>
        StoreCommands.Query(connection, transaction, sql, read, parameters);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
