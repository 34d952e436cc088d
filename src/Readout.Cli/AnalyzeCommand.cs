using System.CommandLine;
using Readout.Core;
using Readout.Ingest;
using Readout.Reporting;
using Readout.Pipeline;
using Readout.Storage;

namespace Readout.Cli;

/// <summary><c>readout analyze INPUT...</c>: analyze and print the result in a format; with --db also store it.</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        string[] formats = ["json", "markdown", "table", "plover"];
        var format = new Option<string?>("--format", "-f")
        {
            Description = "Output format: json, markdown, table, plover (default: markdown on a terminal, json otherwise).",
            DefaultValueFactory = _ => CommonOptions.ConfiguredFormat("analyze", formats),
        };
        format.AcceptOnlyFromAmong(formats);
        var db = CommonOptions.Db();
        db.DefaultValueFactory = null; // analyze stores only when asked with --db, not because readout.json names a store
        var quiet = CommonOptions.Quiet();
        var maxBytes = CommonOptions.MaxBytes();
        var timeout = CommonOptions.Timeout();
        var command = new Command("analyze", "Analyze articles and print the result; with --db also store them.") { inputs, format, db, quiet, maxBytes, timeout };
        command.SetAction(async (result, cancellation) =>
        {
            var runner = new BatchRunner(new Diagnostics(result.GetValue(quiet), result.InvocationConfiguration.Error), CommonOptions.Ingest(result, maxBytes, timeout));
            var (analysis, failures) = await runner.RunAsync(result.GetValue(inputs)!, cancellation);
            if (result.GetValue(db) is { } path)
            {
                try
                {
                    runner.Store(analysis, ArticleStore.ResolvePath(path), failures);
                }
                catch (StaleAnalysisException stale)
                {
                    await result.InvocationConfiguration.Error.WriteLineAsync($"error: {ArticleStores.Masked(path)}: {stale.MessageFor(ArticleStores.Masked(path))}");
                    return ExitCodes.Usage;
                }
            }

            var output = result.InvocationConfiguration.Output;
            // On a terminal a person reads the brief; piped, a program reads JSON. --format or readout.json say otherwise.
            var chosen = result.GetValue(format) ?? (output is TerminalSafeWriter { IsTerminal: true } ? "markdown" : "json");
            await output.WriteAsync(Render(analysis, failures, chosen));
            await output.WriteLineAsync();
            return ExitCodes.ForBatch(analysis.Documents.Length, failures.Count);
        });
        return command;
    }

    private static string Render(Analysis analysis, List<IngestFailure> failures, string format) => format switch
    {
        "markdown" => MarkdownReport.Build(ContractJson.Build(analysis, failures)),
        "table" => TableReport.Render(analysis),
        "plover" => PloverJsonl.Write(analysis.Documents),
        _ => ContractJson.Serialize(ContractJson.Build(analysis, failures)),
    };
}
