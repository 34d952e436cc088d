using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Readout.Cli.Cluster;
using Readout.Core;
using Readout.Ingest;
using Readout.Pipeline;
using Readout.Storage;
using Readout.Stories;
using Readout.Watch;

namespace Readout.Cli;

/// <summary>
/// <c>readout watch SOURCE...</c>: follows feeds, pages and folders, stores each round's new
/// articles, and prints a line per story the round created or changed, until Ctrl-C or SIGTERM.
/// </summary>
public static class WatchCommand
{
    /// <summary>Longest accepted interval: a day (a timer cannot wait much beyond a month anyway).</summary>
    private const double MaxIntervalSeconds = 86_400;

    public static Command Create()
    {
        var sources = new Argument<string[]>("sources")
        {
            Description = "RSS/Atom feed or page URLs, files or folders to follow.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var sourceList = new Option<string?>("--sources") { Description = "A file listing more sources: OPML, or one a line ('#' starts a comment)." };
        var interval = new Option<double>("--interval")
        {
            Description = $"Seconds between polls of a source, above 0 and at most {MaxIntervalSeconds} (a failing source waits longer).",
            DefaultValueFactory = _ => ReadoutConfig.Current.Interval ?? WatchOptions.Default.Interval.TotalSeconds,
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= MaxIntervalSeconds)
                {
                    return seconds;
                }

                result.AddError($"--interval must be a number of seconds above 0 and at most {MaxIntervalSeconds}, not '{text}'");
                return 0;
            },
        };
        var db = CommonOptions.Db();
        var quiet = CommonOptions.Quiet();
        var maxBytes = CommonOptions.MaxBytes();
        var timeout = CommonOptions.Timeout();
        var cluster = CommonOptions.Cluster();
        var command = new Command("watch", "Follow feeds, pages and folders: store what is new each round and print the stories it created or changed.")
        {
            sources, sourceList, interval, db, quiet, maxBytes, timeout, cluster,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(sources) is not { Length: > 0 } && result.GetValue(sourceList) is null && ReadoutConfig.Current.Sources.Count == 0)
            {
                result.AddError("watch needs at least one SOURCE, --sources FILE, or sources in readout.json");
            }
        });

        // A synchronous action: the command handles SIGINT and SIGTERM itself, so that a stop
        // waits for the round being stored however long it takes, and still exits with 0.
        command.SetAction(result =>
        {
            var diagnostics = new Diagnostics(result.GetValue(quiet), result.InvocationConfiguration.Error);
            var locations = new List<string>(result.GetValue(sources) is { Length: > 0 } given ? given : result.GetValue(sourceList) is null ? ReadoutConfig.Current.Sources : []);
            if (result.GetValue(sourceList) is { } listPath)
            {
                try
                {
                    locations.AddRange(SourceList.Read(listPath));
                }
                catch (InputException e)
                {
                    diagnostics.Error(listPath, e.Message);
                    return ExitCodes.Usage;
                }
            }

            if (locations.Count == 0)
            {
                diagnostics.Error(result.GetValue(sourceList)!, "no sources listed");
                return ExitCodes.Usage;
            }

            var options = new WatchOptions(TimeSpan.FromSeconds(result.GetValue(interval)), WatchOptions.Default.MaxBackoff);
            var path = result.GetValue(cluster) ?? ArticleStore.ResolvePath(result.GetValue(db));
            using var store = ArticleStores.Open(path);
            var watcher = new SourceWatcher(locations, new InputReader(CommonOptions.Ingest(result, maxBytes, timeout)), options, isStored: article => store.StoredCopy(article) is not null);
            try
            {
                StoreWriter.EnsureCurrent(store);
            }
            catch (StaleAnalysisException stale)
            {
                diagnostics.Error(ArticleStores.Masked(path), stale.MessageFor(ArticleStores.Masked(path)));
                return ExitCodes.Usage;
            }

            using var stop = new CancellationTokenSource();
            void Stop(PosixSignalContext context)
            {
                // The first signal stops after the round; a second one ends the process at once.
                context.Cancel = !stop.IsCancellationRequested;
                stop.Cancel();
            }

            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            using var clusterClient = result.GetValue(cluster) is { } clusterDb ? ClusterHosting.StartClient(clusterDb, stop.Token).GetAwaiter().GetResult() : null;
            var clusterIngest = clusterClient is null ? null : new ClusterIngest(clusterClient.Client, store, path);
            var round = new Round(AnalysisPipeline.Standard(), store, clusterIngest, diagnostics, result.InvocationConfiguration.Output);
            diagnostics.Note($"watching {Plural.Of(watcher.Sources.Count, "source")} every {options.Interval.TotalSeconds} s into {ArticleStores.Masked(path)}"
                + (clusterIngest is null ? string.Empty : " through the cluster") + "; Ctrl-C stops");
            watcher.RunAsync(round.Ingest, round.Report, stop.Token).GetAwaiter().GetResult();
            diagnostics.Note("stopped; everything reported is stored");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// One round of the watch: analyze the new articles in parallel (on the cluster's silos when
    /// there is one), store them, say which stories moved.
    /// </summary>
    private sealed class Round(AnalysisPipeline pipeline, IArticleStore store, ClusterIngest? cluster, Diagnostics diagnostics, TextWriter output)
    {
        private readonly StoreWriter writer = new(pipeline);

        public void Report(SourcePoll poll)
        {
            foreach (var failure in poll.Failures)
            {
                diagnostics.Error(failure.Input, failure.Reason);
            }
        }

        public async Task Ingest(IReadOnlyList<Article> articles)
        {
            BatchRunner.WarnAboutLanguage(diagnostics, articles);
            var (changes, added) = cluster is null ? IngestHere(articles) : await IngestOnCluster(cluster, articles);
            StoryChangeLines.Write(output, store, changes);
            output.Flush();
            diagnostics.Note($"{added} stored, {store.ArticleCount} articles in the store");
        }

        private (IReadOnlyList<StoryChange> Changes, int Added) IngestHere(IReadOnlyList<Article> articles)
        {
            var report = writer.Ingest(store, articles);
            BatchRunner.Report(diagnostics, report, []);
            return (report.Changes, report.Stored.Count(pair => pair.Result.Outcome == StoreOutcome.Added));
        }

        private async Task<(IReadOnlyList<StoryChange> Changes, int Added)> IngestOnCluster(ClusterIngest ingest, IReadOnlyList<Article> articles)
        {
            var outcome = await ingest.IngestAsync(articles, diagnostics.Error);
            return (outcome.Changes, outcome.Added);
        }
    }
}
