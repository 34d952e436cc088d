using Readout.Storage;

namespace Readout.Web;

/// <summary>What the web app serves and how strictly.</summary>
/// <param name="Db">The store: a SQLite file path or a PostgreSQL connection string.</param>
/// <param name="Token">When set, every API call and every write must carry it (Authorization: Bearer, or the add form's token field).</param>
/// <param name="AllowPrivateFetch">Whether the add page may fetch URLs on loopback, link-local and private addresses.</param>
/// <param name="MaxBodyBytes">Largest request body accepted.</param>
public sealed record WebSettings(string Db, string? Token = null, bool AllowPrivateFetch = false, long MaxBodyBytes = WebSettings.DefaultMaxBodyBytes)
{
    public const long DefaultMaxBodyBytes = 8 * 1024 * 1024;

    /// <summary>Readout:Db, Readout:Token, Readout:AllowPrivateFetch and Readout:MaxBodyBytes from configuration.</summary>
    public static WebSettings From(IConfiguration configuration) => new(
        ArticleStore.ResolvePath(configuration["Readout:Db"]),
        string.IsNullOrEmpty(configuration["Readout:Token"]) ? null : configuration["Readout:Token"],
        configuration.GetValue("Readout:AllowPrivateFetch", false),
        configuration.GetValue("Readout:MaxBodyBytes", DefaultMaxBodyBytes));
}
