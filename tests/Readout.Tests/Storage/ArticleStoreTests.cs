using Readout.Tests.Support;

namespace Readout.Tests.Storage;

/// <summary>The store contract over the embedded SQLite store, and what is its own.</summary>
public sealed class ArticleStoreTests : ArticleStoreContract
{
    private readonly TempFolder folder = new();

    protected override string Location => folder.PathOf("r.db");

    protected override void RunBehindTheStoresBack(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Location};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public override void Dispose() => folder.Dispose();

    [Fact]
    public void Database_uses_write_ahead_logging()
    {
        using var store = Open();
        Put(store, Doc("a", "Envoys agreed."));

        Assert.True(File.Exists(Location + "-wal"));
    }
}
