using System.CommandLine;
using Readout.Storage;

namespace Readout.Cli;

/// <summary><c>readout ingest INPUT...</c>: analyze and store; an article already stored is kept once.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var db = CommonOptions.Db();
        var quiet = CommonOptions.Quiet();
        var maxBytes = CommonOptions.MaxBytes();
        var timeout = CommonOptions.Timeout();
        var command = new Command("ingest", "Analyze articles and store them; an article already stored is kept once.") { inputs, db, quiet, maxBytes, timeout };
        command.SetAction(async (result, cancellation) =>
        {
            var runner = new BatchRunner(new Diagnostics(result.GetValue(quiet), result.InvocationConfiguration.Error), CommonOptions.Ingest(result, maxBytes, timeout));
            var (analysis, failures) = await runner.RunAsync(result.GetValue(inputs)!, cancellation);
            var path = ArticleStore.ResolvePath(result.GetValue(db));
            var (added, duplicates) = runner.Store(analysis, path, failures);
            await result.InvocationConfiguration.Output.WriteLineAsync($"{added} stored, {duplicates} already stored, {failures.Count} failed ({path})");
            return ExitCodes.ForBatch(analysis.Documents.Length, failures.Count);
        });
        return command;
    }
}
