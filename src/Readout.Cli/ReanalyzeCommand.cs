using System.CommandLine;
using Readout.Ingest;
using Readout.Pipeline;

namespace Readout.Cli;

/// <summary>
/// <c>readout reanalyze</c>: analyze again, from their raw text, the stored articles an earlier
/// version of the analysis made, with progress on stderr and a commit per batch; then bring the
/// stories up to date and print those that changed.
/// </summary>
public static class ReanalyzeCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var batch = new Option<int>("--batch")
        {
            Description = "Articles analyzed again per transaction.",
            DefaultValueFactory = _ => 64,
        };
        var command = new Command("reanalyze", "Analyze the stored articles again where the analysis has changed since they were stored.") { db, batch };
        command.SetAction(result =>
        {
            var (output, error) = (result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
            using var store = CommonOptions.OpenStore(result.GetValue(db), error);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            var diagnostics = new Diagnostics(false, error);
            var report = new StoreWriter(AnalysisPipeline.Standard()).Reanalyze(
                store,
                Math.Max(1, result.GetValue(batch)),
                (done, total) => diagnostics.Note($"{done}/{total} articles analyzed again"));
            foreach (var failure in report.Failures)
            {
                diagnostics.Error(failure.Input, failure.Reason);
            }

            StoryChangeLines.Write(output, store, report.Changes);
            error.WriteLine($"{store.ArticleCount} articles at analysis version {AnalysisPipeline.Version}, {report.Failures.Count} failed");
            return report.Failures.Count == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        });
        return command;
    }
}
