using System.CommandLine;
using Readout.Ingest;

namespace Readout.Cli;

/// <summary>The command-line surface: analyze, ingest, search, stories, show.</summary>
public static class ReadoutCommand
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Readout: many news reports in, one reconciled, sourced record of each event out.");
        root.Subcommands.Add(Analyze());
        root.Subcommands.Add(Ingest());
        root.Subcommands.Add(Search());
        root.Subcommands.Add(Stories());
        root.Subcommands.Add(Show());
        root.Subcommands.Add(Timeline());
        return root;
    }

    private static Argument<string[]> Inputs() => new("inputs")
    {
        Description = "Manifests (.jsonl), .txt/.html files, RSS/Atom feeds, folders, http(s) URLs, or - for stdin.",
        Arity = ArgumentArity.OneOrMore,
    };

    private static Option<string> FormatOption(params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", formats)}.",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    private static Option<string?> DbOption() => new("--db")
    {
        Description = $"SQLite database file (default: $READOUT_DB, else ./{Storage.ArticleStore.DefaultPath}).",
    };

    private static Option<bool> QuietOption() => new("--quiet", "-q") { Description = "No progress bar or notes on stderr." };

    private static Option<long> MaxBytesOption() => new("--max-bytes")
    {
        Description = "Largest input file, page or feed accepted, in bytes.",
        DefaultValueFactory = _ => IngestOptions.Default.MaxBytes,
    };

    private static Option<double> TimeoutOption() => new("--timeout")
    {
        Description = "Seconds to wait for a URL.",
        DefaultValueFactory = _ => IngestOptions.Default.Timeout.TotalSeconds,
    };

    private static Command Analyze()
    {
        var inputs = Inputs();
        var format = FormatOption("json", "markdown", "table", "plover");
        var db = DbOption();
        var quiet = QuietOption();
        var maxBytes = MaxBytesOption();
        var timeout = TimeoutOption();
        var command = new Command("analyze", "Analyze articles and print the result; with --db also store them.") { inputs, format, db, quiet, maxBytes, timeout };
        command.SetAction((result, cancellation) => new BatchRunner(new Diagnostics(result.GetValue(quiet)), Options(result, maxBytes, timeout))
            .AnalyzeAsync(result.GetValue(inputs)!, result.GetValue(format)!, result.GetValue(db), cancellation));
        return command;
    }

    private static Command Ingest()
    {
        var inputs = Inputs();
        var db = DbOption();
        var quiet = QuietOption();
        var maxBytes = MaxBytesOption();
        var timeout = TimeoutOption();
        var command = new Command("ingest", "Analyze articles and store them; an article already stored is kept once.") { inputs, db, quiet, maxBytes, timeout };
        command.SetAction((result, cancellation) => new BatchRunner(new Diagnostics(result.GetValue(quiet)), Options(result, maxBytes, timeout))
            .IngestAsync(result.GetValue(inputs)!, result.GetValue(db), cancellation));
        return command;
    }

    private static Command Search()
    {
        var query = new Argument<string>("query") { Description = "Words or \"a phrase\" to find in stored articles." };
        var db = DbOption();
        var limit = new Option<int>("--limit") { Description = "Most hits to show.", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Full-text search over stored articles, with each hit in context.") { query, db, limit };
        command.SetAction(result => StoreViews.Search(result.GetValue(query)!, result.GetValue(db), result.GetValue(limit)));
        return command;
    }

    private static Command Stories()
    {
        var db = DbOption();
        var command = new Command("stories", "List the stored stories.") { db };
        command.SetAction(result => StoreViews.Stories(result.GetValue(db)));
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("id") { Description = "A story id or an article id." };
        var db = DbOption();
        var format = FormatOption("markdown", "json");
        var command = new Command("show", "Show a stored story or article.") { id, db, format };
        command.SetAction(result => StoreViews.Show(result.GetValue(id)!, result.GetValue(db), result.GetValue(format)!));
        return command;
    }

    private static Command Timeline()
    {
        var actors = new Option<string[]>("--actor")
        {
            Description = "Only events with this participant (repeat for several; a surname is enough).",
            AllowMultipleArgumentsPerToken = false,
        };
        var db = DbOption();
        var format = FormatOption("table", "json");
        var command = new Command("timeline", "List the stored stories' events in date order.") { actors, db, format };
        command.SetAction(result => StoreViews.Timeline(result.GetValue(actors) ?? [], result.GetValue(db), result.GetValue(format)!));
        return command;
    }

    private static IngestOptions Options(ParseResult result, Option<long> maxBytes, Option<double> timeout) => new()
    {
        MaxBytes = result.GetValue(maxBytes),
        Timeout = TimeSpan.FromSeconds(result.GetValue(timeout)),
    };
}
