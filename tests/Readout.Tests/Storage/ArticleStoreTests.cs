using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Readout.Core;
using Readout.Pipeline;
using Readout.Sentences;
using Readout.Tests.Support;
using Readout.Tokens;

namespace Readout.Tests.Storage;

/// <summary>The store contract over the embedded SQLite store, and what is its own.</summary>
public sealed class ArticleStoreTests : ArticleStoreContract
{
    private readonly TempFolder folder = new();

    protected override string Location => folder.PathOf("r.db");

    protected override void RunBehindTheStoresBack(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Location};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public override void Dispose() => folder.Dispose();

    protected override void KeepArticleKeysInKeyOrder() => RunBehindTheStoresBack("""
        CREATE TABLE keys_in_key_order(key TEXT NOT NULL, article TEXT NOT NULL REFERENCES articles(id), PRIMARY KEY(key, article)) WITHOUT ROWID;
        INSERT INTO keys_in_key_order(key, article) SELECT key, article FROM article_keys;
        DROP TABLE article_keys;
        ALTER TABLE keys_in_key_order RENAME TO article_keys;
        CREATE INDEX article_keys_article ON article_keys(article);
        """);

    [Fact]
    public void The_keys_of_a_new_store_and_of_one_that_kept_them_in_key_order_are_in_article_order()
    {
        using (Open())
        {
        }

        var kept = PrimaryKeyOfArticleKeys();
        KeepArticleKeysInKeyOrder();
        var older = PrimaryKeyOfArticleKeys();
        using (Open())
        {
        }

        Assert.Equal(["article", "key"], kept);
        Assert.Equal(["key", "article"], older);
        Assert.Equal(["article", "key"], PrimaryKeyOfArticleKeys());
    }

    private List<string> PrimaryKeyOfArticleKeys() =>
        SqliteRows.FirstColumn(Location, "SELECT name FROM pragma_index_info((SELECT name FROM pragma_index_list('article_keys') WHERE origin = 'pk')) ORDER BY seqno");

    [Fact]
    public void The_tokens_are_not_written_with_an_analysis_and_a_store_that_wrote_them_reads_its_own()
    {
        using (var store = Open())
        {
            var pipeline = AnalysisPipeline.Standard();
            new StoreWriter(pipeline).Store(store, pipeline.Analyze([new Article("a", "Envoys met in Oslo on Monday.", "a.txt", Published: "2025-03-04")]).Documents);
        }

        var written = StoredAnalysis("a");
        Assert.DoesNotContain(typeof(TokenLayer).FullName!, written, StringComparison.Ordinal);
        Assert.Contains(typeof(SentenceLayer).FullName!, written, StringComparison.Ordinal);

        // As an older Readout wrote it, the tokens with the other layers: here one token, unlike the tokens the text makes.
        var oneToken = new TokenLayer([new Token(0, 6, TokenKind.Word)]);
        var older = "{\"" + typeof(TokenLayer).FullName + "\":" + JsonSerializer.Serialize(oneToken) + "," + written[1..];
        RunBehindTheStoresBack($"UPDATE articles SET analysis = X'{Convert.ToHexString(Compressed(older))}' WHERE id = 'a'");

        using var reopened = Open();
        Assert.Equal(oneToken.Tokens.AsEnumerable(), reopened.Document("a")!.Require<TokenLayer>().Tokens.AsEnumerable());
        Assert.NotEmpty(reopened.Document("a")!.Require<SentenceLayer>().Sentences);
    }

    [Fact]
    public void The_analysis_version_is_indexed_in_a_new_store_and_in_one_made_before_the_index()
    {
        using (Open())
        {
        }

        var indexed = IndexedColumnsOfArticles();
        RunBehindTheStoresBack("DROP INDEX articles_analysis_version");
        var older = IndexedColumnsOfArticles();
        using (Open())
        {
        }

        Assert.Contains("analysis_version", indexed);
        Assert.DoesNotContain("analysis_version", older);
        Assert.Contains("analysis_version", IndexedColumnsOfArticles());
    }

    private List<string> IndexedColumnsOfArticles() => SqliteRows.FirstColumn(Location, "SELECT c.name FROM pragma_index_list('articles') i, pragma_index_info(i.name) c");

    private string StoredAnalysis(string id)
    {
        using var connection = new SqliteConnection($"Data Source={Location};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT analysis FROM articles WHERE id = '{id}'";
        using var input = new BrotliStream(new MemoryStream((byte[])command.ExecuteScalar()!), CompressionMode.Decompress);
        using var text = new StreamReader(input, Encoding.UTF8);
        return text.ReadToEnd();
    }

    private static byte[] Compressed(string json)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Fastest))
        {
            brotli.Write(Encoding.UTF8.GetBytes(json));
        }

        return output.ToArray();
    }

    [Fact]
    public void Database_uses_write_ahead_logging()
    {
        using var store = Open();
        Put(store, Doc("a", "Envoys agreed."));

        Assert.True(File.Exists(Location + "-wal"));
    }
}
