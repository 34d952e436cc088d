using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Readout.Pipeline;
using Readout.Storage;

namespace Readout.Bench;

/// <summary>
/// <c>grow --db STORE [--shared DIR] [--add 100] [--rounds 3] [--skip N] [--write-manifest FILE]</c>: adds articles to a copy
/// of a store another run built (the engine benchmark's <c>--stores</c> leaves them in the temp
/// folder), one ingest of <c>--add</c> articles per round, each round the next copies of the
/// replicated corpus; prints each round's time, then query latencies on the grown store and the process's peak memory. Round 0 is the
/// first ingest of a fresh process (code not yet compiled), as one <c>readout ingest</c> is; the
/// rounds after it are as a long-running <c>watch</c> adds. The store itself is not changed, so
/// the figures can be measured again on the same store. With <c>--write-manifest</c> it writes the
/// articles the rounds would add as a manifest (text inline) instead, for timing <c>readout ingest</c> itself.
/// </summary>
public static class GrowBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var source = BenchArguments.Option(args, "--db") ?? throw new ArgumentException("grow needs --db STORE");
        var add = int.Parse(BenchArguments.Option(args, "--add") ?? "100", CultureInfo.InvariantCulture);
        var rounds = int.Parse(BenchArguments.Option(args, "--rounds") ?? "3", CultureInfo.InvariantCulture);
        var baseArticles = await ReplicatedCorpus.ReadBaseAsync(BenchArguments.Option(args, "--shared") ?? "../shared");
        var skip = int.Parse(BenchArguments.Option(args, "--skip") ?? (StoredArticleCount(source) + 1000).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (BenchArguments.Option(args, "--write-manifest") is { } manifest)
        {
            await File.WriteAllLinesAsync(manifest, ReplicatedCorpus.Build(baseArticles, add * (rounds + 1), skip).Select(article => JsonSerializer.Serialize(new
            {
                id = article.Id,
                text = article.RawText,
                source = article.Source,
                url = article.Url,
                published = article.Published,
                language = article.Language,
                title = article.Title,
            })));
            Console.WriteLine($"wrote {add * (rounds + 1)} articles to {manifest}");
            return 0;
        }

        var copy = Path.Combine(Path.GetTempPath(), $"readout-grow-{Environment.ProcessId}.db");
        File.Copy(source, copy, overwrite: true);
        try
        {
            var pipeline = AnalysisPipeline.Standard();
            var writer = new StoreWriter(pipeline);
            using var store = new ArticleStore(copy);
            Console.WriteLine($"# Adding {add} articles to a copy of {source} ({store.ArticleCount} articles), {rounds} rounds, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
            Console.WriteLine();
            Console.WriteLine("| round | store articles | analyze s | StoreWriter.Store s | its CPU s | stories changed |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
            for (var round = 0; round <= rounds; round++)
            {
                var articles = ReplicatedCorpus.Build(baseArticles, add, skip: skip + round * add);
                var before = store.ArticleCount;
                var watch = Stopwatch.StartNew();
                var documents = articles.AsParallel().AsOrdered().Select(pipeline.AnalyzeDocument).ToList();
                var analyzed = watch.Elapsed;
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                watch.Restart();
                var report = writer.Store(store, documents);
                var stored = watch.Elapsed;
                Console.WriteLine(
                    $"| {(round == 0 ? "0 (fresh process)" : round)} | {before} | {analyzed.TotalSeconds:F2} | {stored.TotalSeconds:F2} | {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2} | {report.Changes.Select(change => change.StoryId).Distinct().Count()} |");
            }

            EngineBenchmark.Latencies(copy);
            Console.WriteLine();
            Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):F0} MB; GC heap now {GC.GetGCMemoryInfo().HeapSizeBytes / (1024.0 * 1024.0):F0} MB");
            return 0;
        }
        finally
        {
            foreach (var file in new[] { copy, copy + "-wal", copy + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>How many articles a store holds, read without opening it as a store (which would bring an older one up to date, changing it).</summary>
    private static long StoredArticleCount(string path)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM articles";
        return (long)command.ExecuteScalar()!;
    }
}
