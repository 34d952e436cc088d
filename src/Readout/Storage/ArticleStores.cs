using System.Text.RegularExpressions;
using Npgsql;

namespace Readout.Storage;

/// <summary>Opens the store a <c>--db</c> value or READOUT_DB names: a PostgreSQL connection string, or else a SQLite file path.</summary>
public static partial class ArticleStores
{
    /// <exception cref="StoreUnavailableException">A PostgreSQL store cannot be reached or opened; the message names it with its password masked.</exception>
    public static IArticleStore Open(string location)
    {
        if (!IsConnectionString(location))
        {
            return new ArticleStore(location);
        }

        try
        {
            return new PostgresArticleStore(location);
        }
        catch (Exception failure) when (failure is NpgsqlException or ArgumentException)
        {
            throw new StoreUnavailableException($"{Masked(location)}: cannot open the PostgreSQL store: {Masked(failure.Message)}", failure);
        }
    }

    /// <summary>Whether <paramref name="location"/> is a PostgreSQL connection string ("Host=…;Database=…") rather than a file path.</summary>
    public static bool IsConnectionString(string location) => ConnectionStringHost().IsMatch(location);

    /// <summary>
    /// <paramref name="text"/> (a store's location, or a message naming one) with the value of every
    /// password setting of a connection string in it shown as <c>***</c>: how any message shows a store.
    /// </summary>
    public static string Masked(string text) => PasswordSetting().Replace(text, "${key}=***");

    [GeneratedRegex(@"(^|;)\s*(Host|Server)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringHost();

    /// <summary>Password, Pwd, Psw or SSL Password, then its value: quoted (quotes doubled inside) or up to the next ';'.</summary>
    [GeneratedRegex("""(?<key>\b(?:ssl\s*)?(?:password|pwd|psw))\s*=\s*(?:'(?:[^']|'')*'|"(?:[^"]|"")*"|[^;]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordSetting();
}
