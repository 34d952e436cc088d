using System.Text.RegularExpressions;

namespace Readout.Storage;

/// <summary>Opens the store a <c>--db</c> value or READOUT_DB names: a PostgreSQL connection string, or else a SQLite file path.</summary>
public static partial class ArticleStores
{
    public static IArticleStore Open(string location) =>
        IsConnectionString(location) ? new PostgresArticleStore(location) : new ArticleStore(location);

    /// <summary>Whether <paramref name="location"/> is a PostgreSQL connection string ("Host=…;Database=…") rather than a file path.</summary>
    public static bool IsConnectionString(string location) => ConnectionStringHost().IsMatch(location);

    [GeneratedRegex(@"(^|;)\s*(Host|Server)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringHost();
}
