using Npgsql;
using Readout.Storage;
using Readout.Tests.Support;

namespace Readout.Tests.Storage;

/// <summary>The store contract over PostgreSQL, each test in a database of its own, and what is its own.</summary>
[NeedsPostgres]
public sealed class PostgresArticleStoreTests : ArticleStoreContract
{
    private readonly Lazy<PostgresTestDatabase> database = new(() => new PostgresTestDatabase());

    protected override string Location => database.Value.ConnectionString;

    protected override void RunBehindTheStoresBack(string sql)
    {
        using var connection = new NpgsqlConnection(Location);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    protected override void KeepArticleKeysInKeyOrder() =>
        RunBehindTheStoresBack("ALTER TABLE article_keys DROP CONSTRAINT article_keys_pkey; ALTER TABLE article_keys ADD PRIMARY KEY (key, article); CREATE INDEX article_keys_article ON article_keys(article)");

    public override void Dispose()
    {
        if (database.IsValueCreated)
        {
            database.Value.Dispose();
        }
    }

    [StoreFact]
    public void A_connection_string_opens_postgres_and_a_path_opens_sqlite()
    {
        using var folder = new TempFolder();
        using var postgres = ArticleStores.Open(Location);
        using var sqlite = ArticleStores.Open(folder.PathOf("host=x.db"));

        Assert.IsType<PostgresArticleStore>(postgres);
        Assert.IsType<ArticleStore>(sqlite);
    }
}
