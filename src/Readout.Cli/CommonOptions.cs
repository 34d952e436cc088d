using System.CommandLine;
using Readout.Ingest;
using Readout.Storage;

namespace Readout.Cli;

/// <summary>The arguments and options that several commands share, defined once.</summary>
public static class CommonOptions
{
    public static Argument<string[]> Inputs() => new("inputs")
    {
        Description = "Manifests (.jsonl), .txt/.html files, RSS/Atom feeds, folders, http(s) URLs, or - for stdin.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", formats)}.",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<string?> Db() => new("--db")
    {
        Description = $"SQLite database file, or a PostgreSQL connection string \"Host=…;Database=…\" (default: $READOUT_DB, else ./{ArticleStore.DefaultPath}).",
    };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "No progress bar or notes on stderr." };

    public static Option<long> MaxBytes() => new("--max-bytes")
    {
        Description = "Largest input file, page or feed accepted, in bytes.",
        DefaultValueFactory = _ => IngestOptions.Default.MaxBytes,
    };

    public static Option<double> Timeout() => new("--timeout")
    {
        Description = "Seconds to wait for a URL.",
        DefaultValueFactory = _ => IngestOptions.Default.Timeout.TotalSeconds,
    };

    public static IngestOptions Ingest(ParseResult result, Option<long> maxBytes, Option<double> timeout) => new()
    {
        MaxBytes = result.GetValue(maxBytes),
        Timeout = TimeSpan.FromSeconds(result.GetValue(timeout)),
    };

    /// <summary>The store --db names; null, saying so on stderr, where a SQLite file is not there yet.</summary>
    public static IArticleStore? OpenStore(string? db, TextWriter error)
    {
        var path = ArticleStore.ResolvePath(db);
        if (!ArticleStores.IsConnectionString(path) && !File.Exists(path))
        {
            error.WriteLine($"error: {path}: no database here; run 'readout ingest INPUT... --db {path}' first");
            return null;
        }

        return ArticleStores.Open(path);
    }
}
