using System.CommandLine;
using System.CommandLine.Parsing;
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

    /// <summary>--format, defaulting to the first of <paramref name="formats"/> or to the one readout.json names for the command.</summary>
    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", formats)}.",
            DefaultValueFactory = result => ConfiguredFormat(CommandOf(result), formats) ?? formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    private static string? CommandOf(SymbolResult result)
    {
        for (var current = result.Parent; current is not null; current = current.Parent)
        {
            if (current is CommandResult command)
            {
                return command.Command.Name;
            }
        }

        return null;
    }

    /// <summary>The format readout.json names for <paramref name="command"/>, when it is one of <paramref name="formats"/>.</summary>
    public static string? ConfiguredFormat(string? command, IReadOnlyCollection<string> formats) =>
        command is not null && ReadoutConfig.Current.Formats.TryGetValue(command, out var format) && formats.Contains(format) ? format : null;

    public static Option<string?> Db() => new("--db")
    {
        Description = $"SQLite database file, or a PostgreSQL connection string \"Host=…;Database=…\" (default: $READOUT_DB, else the db in readout.json, else ./{ArticleStore.DefaultPath}).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("READOUT_DB") is null ? ReadoutConfig.Current.Db : null,
    };

    /// <summary>--cluster: the PostgreSQL database of a Readout cluster (readout silo), which is also the store.</summary>
    public static Option<string?> Cluster()
    {
        var option = new Option<string?>("--cluster")
        {
            Description = "Send the work to the Readout cluster (readout silo) over this PostgreSQL database \"Host=…\", which is also the store.",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } location && !ArticleStores.IsConnectionString(location))
            {
                result.AddError("--cluster needs the cluster's PostgreSQL connection string \"Host=…;Database=…\", not a file");
            }
        });
        return option;
    }

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "No progress bar or notes on stderr." };

    /// <summary>The longest --timeout accepted, in seconds: a day.</summary>
    public const double MaxTimeoutSeconds = 86_400;

    public static Option<long> MaxBytes()
    {
        var option = new Option<long>("--max-bytes")
        {
            Description = "Largest input file, page or feed accepted, in bytes (after decompression).",
            DefaultValueFactory = _ => ReadoutConfig.Current.MaxBytes ?? IngestOptions.Default.MaxBytes,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long>() < 1)
            {
                result.AddError($"--max-bytes must be at least 1, not {result.GetValueOrDefault<long>()}");
            }
        });
        return option;
    }

    public static Option<double> Timeout()
    {
        var option = new Option<double>("--timeout")
        {
            Description = "Seconds a URL's whole response (headers and body) may take.",
            DefaultValueFactory = _ => ReadoutConfig.Current.Timeout ?? IngestOptions.Default.Timeout.TotalSeconds,
        };
        option.Validators.Add(result =>
        {
            var seconds = result.GetValueOrDefault<double>();
            if (!(seconds > 0 && seconds <= MaxTimeoutSeconds))
            {
                result.AddError($"--timeout must be a number of seconds above 0 and at most {MaxTimeoutSeconds:0}, not {seconds}");
            }
        });
        return option;
    }

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
