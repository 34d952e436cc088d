using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Readout.Core;
using Readout.Entities;
using Readout.Events;
using Readout.Quantities;
using Readout.Quotes;
using Readout.Reconcile;
using Readout.Times;

namespace Readout.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with FTS5 over article text. Articles are
/// deduplicated by content hash and by URL; each write is one transaction, so a failed input
/// never changes what is already stored. An article is stored with the layers that make its
/// analysis (<see cref="StoredLayers"/>) and a story as its reconciled record, both as JSON of
/// their records, read back as the same records.
/// </summary>
public sealed partial class ArticleStore : IDisposable
{
    public const string DefaultPath = "readout.db";

    /// <summary>The per-article layers kept with each article; sentences and tokens are cheaper to recompute than to store.</summary>
    public static readonly ImmutableArray<Type> StoredLayers =
        [typeof(EntityLayer), typeof(ReferenceLayer), typeof(TimeLayer), typeof(QuantityLayer), typeof(QuoteLayer), typeof(EventLayer)];

    private static readonly JsonSerializerOptions RecordJson = new();

    private readonly SqliteConnection connection;

    public ArticleStore(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;");
        Execute(Schema);
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
            layers TEXT NOT NULL,
            ingested_at TEXT NOT NULL);
        CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content='articles', content_rowid='key', tokenize='porter unicode61');
        CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.key, new.title, new.text);
        END;
        CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.key, old.title, old.text);
        END;
        CREATE TABLE IF NOT EXISTS stories(
            id TEXT PRIMARY KEY,
            headline TEXT,
            json TEXT NOT NULL,
            updated_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS story_articles(
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL REFERENCES articles(id),
            PRIMARY KEY(story_id, article_id));
        """;

    /// <summary>The hash that identifies an article's content: its cleaned text with whitespace collapsed.</summary>
    public static string ContentHash(string cleanedText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Whitespace().Replace(cleanedText, " ").Trim())));

    public StoreResult Store(Document document)
    {
        var article = document.Article;
        var hash = ContentHash(document.Text);
        using var transaction = connection.BeginTransaction();
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

        var offsets = JsonSerializer.Serialize(document.Cleaned.Map.Segments, RecordJson);
        var layers = new JsonObject();
        foreach (var type in StoredLayers.Where(type => document.Layer(type) is not null))
        {
            layers[type.Name] = JsonSerializer.SerializeToNode(document.Layer(type), type, RecordJson);
        }

        Execute(
            """
            INSERT INTO articles(id, content_hash, url, source, cited_source, published, language, title, origin, raw_text, text, offset_map, layers, ingested_at)
            VALUES ($id, $hash, $url, $source, $cited, $published, $language, $title, $origin, $raw, $text, $offsets, $layers, $now)
            """,
            ("$id", article.Id), ("$hash", hash), ("$url", article.Url), ("$source", article.Source), ("$cited", article.CitedSource),
            ("$published", article.Published), ("$language", article.Language), ("$title", article.Title), ("$origin", article.Origin),
            ("$raw", article.RawText), ("$text", document.Text), ("$offsets", offsets), ("$layers", layers.ToJsonString(RecordJson)),
            ("$now", DateTimeOffset.UtcNow.ToString("O")));
        transaction.Commit();
        return new StoreResult(StoreOutcome.Added, article.Id);
    }

    /// <summary>
    /// Replaces the stored stories with <paramref name="stories"/> in one transaction: a failure
    /// leaves the previous stories in place.
    /// </summary>
    public void ReplaceStories(IEnumerable<ReconciledStory> stories)
    {
        using var transaction = connection.BeginTransaction();
        Execute("DELETE FROM story_articles; DELETE FROM stories;");
        foreach (var reconciled in stories)
        {
            var story = reconciled.Story;
            Execute(
                "INSERT INTO stories(id, headline, json, updated_at) VALUES ($id, $headline, $json, $now)",
                ("$id", story.Id), ("$headline", story.Headline), ("$json", JsonSerializer.Serialize(reconciled, RecordJson)),
                ("$now", DateTimeOffset.UtcNow.ToString("O")));
            foreach (var articleId in story.Articles)
            {
                Execute("INSERT OR IGNORE INTO story_articles(story_id, article_id) VALUES ($story, $article)", ("$story", story.Id), ("$article", articleId));
            }
        }

        transaction.Commit();
    }

    /// <summary>Every stored article as it was read, in ingest order, for re-analysis.</summary>
    public IReadOnlyList<Article> StoredArticles() =>
        Query(
            $"SELECT {ArticleColumns} FROM articles ORDER BY key",
            ReadArticle);

    public int ArticleCount => (int)(Scalar<long?>("SELECT count(*) FROM articles") ?? 0);

    public IReadOnlyList<(string Id, string? Headline, int Articles)> Stories() =>
        Query(
            "SELECT s.id, s.headline, (SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id) FROM stories s ORDER BY s.id",
            r => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetInt32(2)));

    public ReconciledStory? Story(string id) =>
        Scalar<string>("SELECT json FROM stories WHERE id = $id", ("$id", id)) is { } json ? JsonSerializer.Deserialize<ReconciledStory>(json, RecordJson) : null;

    /// <summary>Every stored story, by id.</summary>
    public IReadOnlyList<ReconciledStory> AllStories() =>
        Query("SELECT json FROM stories ORDER BY id", r => JsonSerializer.Deserialize<ReconciledStory>(r.GetString(0), RecordJson)!);

    /// <summary>A stored article as a document: its text, offset map and stored layers.</summary>
    public Document? Document(string id) =>
        Query(
            $"SELECT {ArticleColumns}, text, offset_map, layers FROM articles WHERE id = $id",
            ReadDocument,
            ("$id", id)).FirstOrDefault();

    /// <summary>Full-text search (FTS5 syntax; plain words are ANDed, "quoted phrases" kept).</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20) =>
        Query(
            """
            SELECT a.id, a.title, a.source, a.published, snippet(articles_fts, 1, '[', ']', '…', 16)
            FROM articles_fts JOIN articles a ON a.key = articles_fts.rowid
            WHERE articles_fts MATCH $query ORDER BY rank LIMIT $limit
            """,
            r => new SearchHit(r.GetString(0), NullableString(r, 1), NullableString(r, 2), NullableString(r, 3), r.GetString(4)),
            ("$query", ToFtsQuery(query)), ("$limit", limit));

    /// <summary>Quotes each bare word so user text never trips FTS5 syntax; quoted phrases stay phrases.</summary>
    public static string ToFtsQuery(string query)
    {
        var parts = FtsTerm().Matches(query).Select(m => m.Groups["phrase"].Success ? m.Groups["phrase"].Value : m.Groups["word"].Value)
            .Where(p => p.Length > 0)
            .Select(p => "\"" + p.Replace("\"", string.Empty) + "\"");
        return string.Join(' ', parts);
    }

    public void Dispose() => connection.Dispose();

    private const string ArticleColumns = "id, raw_text, origin, source, url, published, language, title, cited_source";

    private static Article ReadArticle(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), NullableString(r, 2) ?? "store", NullableString(r, 3), NullableString(r, 4),
            NullableString(r, 5), NullableString(r, 6), NullableString(r, 7), NullableString(r, 8));

    private static Document ReadDocument(SqliteDataReader r)
    {
        var article = ReadArticle(r);
        var map = new OffsetMap([.. JsonSerializer.Deserialize<OffsetSegment[]>(r.GetString(10), RecordJson)!]);
        var document = new Document(article, new CleanedText(r.GetString(9), map));
        var layers = JsonNode.Parse(r.GetString(11))!.AsObject();
        foreach (var type in StoredLayers.Where(type => layers.ContainsKey(type.Name)))
        {
            document = document.With(type, layers[type.Name].Deserialize(type, RecordJson)!);
        }

        return document;
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    private T? Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)value;
    }

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private SqliteCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"""(?<phrase>[^""]*)""|(?<word>[^\s""]+)")]
    private static partial Regex FtsTerm();
}
