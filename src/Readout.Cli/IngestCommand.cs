using System.CommandLine;
using Readout.Core;
using Readout.Cli.Cluster;
using Readout.Ingest;
using Readout.Pipeline;
using Readout.Storage;
using Readout.Stories;

namespace Readout.Cli;

/// <summary>
/// <c>readout ingest INPUT...</c>: analyze each article once, store it with its analysis and place it
/// in the stored stories, a batch per transaction; print the stories created or changed.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var db = CommonOptions.Db();
        var quiet = CommonOptions.Quiet();
        var maxBytes = CommonOptions.MaxBytes();
        var timeout = CommonOptions.Timeout();
        var batch = new Option<int>("--batch")
        {
            Description = "Articles stored and placed per transaction.",
            DefaultValueFactory = _ => 64,
        };
        var cluster = CommonOptions.Cluster();
        var command = new Command("ingest", "Analyze articles and store them; an article already stored is kept once.") { inputs, db, quiet, maxBytes, timeout, batch, cluster };
        command.SetAction(async (result, cancellation) =>
        {
            var (output, error) = (result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
            var diagnostics = new Diagnostics(result.GetValue(quiet), error);
            var path = result.GetValue(cluster) ?? ArticleStore.ResolvePath(result.GetValue(db));
            var reader = new InputReader(CommonOptions.Ingest(result, maxBytes, timeout));
            var (articles, failures) = await reader.ReadAllAsync(result.GetValue(inputs)!, cancellation);
            foreach (var failure in failures)
            {
                diagnostics.Error(failure.Input, failure.Reason);
            }

            BatchRunner.WarnAboutLanguage(diagnostics, articles);

            using var store = ArticleStores.Open(path);
            var writer = new StoreWriter(AnalysisPipeline.Standard());
            try
            {
                StoreWriter.EnsureCurrent(store);
            }
            catch (StaleAnalysisException stale)
            {
                diagnostics.Error(ArticleStores.Masked(path), stale.MessageFor(ArticleStores.Masked(path)));
                return ExitCodes.Usage;
            }

            using var clusterClient = result.GetValue(cluster) is { } clusterDb ? await ClusterHosting.StartClient(clusterDb, cancellation) : null;
            var changes = new List<StoryChange>();
            var (added, duplicates, done) = (0, 0, 0);
            foreach (var chunk in articles.Chunk(Math.Max(1, result.GetValue(batch))))
            {
                if (clusterClient is not null)
                {
                    var outcome = await new ClusterIngest(clusterClient.Client, store, path).IngestAsync(chunk, (input, reason) =>
                    {
                        failures.Add(new IngestFailure(input, reason));
                        diagnostics.Error(input, reason);
                    });
                    changes.AddRange(outcome.Changes);
                    (added, duplicates, done) = (added + outcome.Added, duplicates + outcome.Duplicates, done + chunk.Length);
                    continue;
                }

                var report = writer.Ingest(store, chunk);
                BatchRunner.Report(diagnostics, report, failures);
                changes.AddRange(report.Changes);
                added += report.Stored.Count(pair => pair.Result.Outcome == StoreOutcome.Added);
                duplicates += report.Stored.Count(pair => pair.Result.Outcome == StoreOutcome.Duplicate);
                done += chunk.Length;
                diagnostics.Note($"{done}/{articles.Count} articles ingested");
            }

            StoryChangeLines.Write(output, store, changes);
            await output.WriteLineAsync($"{added} stored, {duplicates} already stored, {failures.Count} failed"
                + (reader.SkippedFiles > 0 ? $", {Plural.Of(reader.SkippedFiles, "file")} in folders skipped (not article files)" : string.Empty) + $" ({ArticleStores.Masked(path)})");
            return ExitCodes.ForBatch(articles.Count, failures.Count);
        });
        return command;
    }
}
