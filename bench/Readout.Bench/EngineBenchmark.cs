using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Readout.Core;
using Readout.Pipeline;
using Readout.Reconcile;
using Readout.Reporting;
using Readout.Storage;
using Readout.Stories;

namespace Readout.Bench;

/// <summary>
/// <c>engine [--shared DIR] [--sizes 1000,10000] [--cluster SIZES] [--weekly-copies] [--stores SIZES] [--features-from STORE]</c>: whole-engine figures over
/// corpora replicated from ../shared/corpus, printed as Markdown tables: throughput on one core
/// and on all and cost per stage (--sizes), clustering comparisons (--cluster; with --weekly-copies also with each copy
/// made a later event, <see cref="ReplicatedCorpus.AsWeeklyEvent"/>), adding 100 articles to a store (--stores), memory,
/// database size, and query latency on the largest store built.
/// </summary>
public static class EngineBenchmark
{
    private const int AddedArticles = 100;

    /// <summary>How many articles each ingest adds while a store is built.</summary>
    private const int BuildChunk = 1000;
    private static readonly string[] Queries = ["police", "earthquake", "president", "talks", "killed", "minister", "phone call", "election", "fire", "arrested"];
    private static readonly HashSet<string> BuiltStores = [];
    private static long peakHeapBytes;

    public static async Task<int> RunAsync(string[] args)
    {
        var shared = BenchArguments.Option(args, "--shared") ?? "../shared";
        var sizes = Sizes(BenchArguments.Option(args, "--sizes") ?? "1000");
        var clusterSizes = Sizes(BenchArguments.Option(args, "--cluster") ?? string.Join(',', sizes));
        var storeSizes = Sizes(BenchArguments.Option(args, "--stores") ?? string.Join(',', sizes));
        var baseArticles = await ReplicatedCorpus.ReadBaseAsync(shared);
        Console.WriteLine($"# Readout engine benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine();
        Console.WriteLine($"{Environment.ProcessorCount} logical cores, {RuntimeInformationText()}, {baseArticles.Count} base articles from {string.Join(", ", ReplicatedCorpus.Manifests)}");

        var pipeline = AnalysisPipeline.Standard();
        pipeline.Analyze(baseArticles.Take(20));

        Console.WriteLine();
        Console.WriteLine("## Throughput, every stage included (cleaning, annotators, clustering, alignment, reconciliation)");
        Console.WriteLine();
        Console.WriteLine("| articles | MB | cores | wall s | CPU s | articles/s | MB/s | per-article stages s | corpus stages s | output identical |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var size in sizes)
        {
            Throughput(pipeline, ReplicatedCorpus.Build(baseArticles, size), checkIdentical: size == sizes[0]);
        }

        foreach (var size in sizes)
        {
            StageCosts(pipeline, ReplicatedCorpus.Build(baseArticles, size));
        }

        Console.WriteLine();
        Console.WriteLine("## Adding 100 articles to a store (StoreWriter, all cores for the 100 articles' analysis)");
        Console.WriteLine();
        Console.WriteLine("| store articles | build store s | analyze 100 s | StoreWriter.Store(100) s | its CPU s | stories | DB MB | DB bytes/article |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        var stores = storeSizes.Select(size => AddToStore(pipeline, baseArticles, size)).ToList();
        if (stores.Count > 0)
        {
            Latencies(stores[^1]);
        }

        Console.WriteLine();
        Console.WriteLine("## Story clustering (IncrementalStoryIndex: place each article, then settle)");
        Console.WriteLine();
        Console.WriteLine("| articles | copies are | comparisons/article placing | comparisons/article with settling | stories | wall s | CPU s |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|");
        foreach (var size in clusterSizes)
        {
            var features = FeaturesOf(pipeline, baseArticles, size, BenchArguments.Option(args, "--features-from"));
            Clustering(features, "one event retold");
            if (args.Contains("--weekly-copies"))
            {
                Clustering([.. features.Select(ReplicatedCorpus.AsWeeklyEvent)], "weekly events");
            }
        }

        Console.WriteLine();
        Console.WriteLine("## Memory");
        Console.WriteLine();
        Console.WriteLine($"peak working set {Megabytes(Process.GetCurrentProcess().PeakWorkingSet64):F0} MB; largest GC heap seen at a phase end {Megabytes(peakHeapBytes):F0} MB; allocated in all {Megabytes(GC.GetTotalAllocatedBytes()) / 1024:F1} GB");
        return 0;
    }

    private static void Throughput(AnalysisPipeline pipeline, IReadOnlyList<Article> corpus, bool checkIdentical)
    {
        var megabytes = corpus.Sum(article => (long)Encoding.UTF8.GetByteCount(article.RawText)) / 1e6;
        string? firstOutput = null;
        // The first pass runs code the JIT has not optimized yet (as one `readout analyze` does); the
        // passes after it are the steady state a running `watch` or `serve` reaches.
        foreach (var (cores, label) in new[] { (1, "1, first pass"), (1, "1"), (Environment.ProcessorCount, Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)) })
        {
            var (documents, perArticle) = Measure(() => ParallelWork.InOrder(corpus.Chunk(AnalysisPipeline.ArticlesTogether)).WithDegreeOfParallelism(cores)
                .SelectMany(articles => pipeline.TryAnalyzeDocuments(articles).Select(pair => pair.Document!)).ToList());
            var (analysis, corpusStages) = Measure(() => pipeline.AnalyzeCorpus(documents));
            SampleHeap();
            var wall = perArticle.Wall + corpusStages.Wall;
            var identical = "";
            if (checkIdentical)
            {
                var output = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ContractJson.Serialize(ContractJson.Build(analysis, [])))));
                firstOutput ??= output;
                identical = output == firstOutput ? "yes (SHA-256 of the JSON)" : "NO";
            }

            Console.WriteLine(
                $"| {corpus.Count} | {megabytes:F1} | {label} | {wall.TotalSeconds:F1} | {(perArticle.Cpu + corpusStages.Cpu).TotalSeconds:F1} | {corpus.Count / wall.TotalSeconds:F0} | {megabytes / wall.TotalSeconds:F2} | {perArticle.Wall.TotalSeconds:F1} | {corpusStages.Wall.TotalSeconds:F1} | {identical} |");
        }
    }

    /// <summary>Each stage over the whole corpus on its own, one thread, in pipeline order, with what it allocates.</summary>
    private static void StageCosts(AnalysisPipeline pipeline, IReadOnlyList<Article> corpus)
    {
        var rows = new List<(string Stage, (TimeSpan Wall, TimeSpan Cpu) Cost, long Allocated)>();
        (T Value, (TimeSpan Wall, TimeSpan Cpu) Cost, long Allocated) MeasureAllocating<T>(Func<T> work)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var (value, cost) = Measure(work);
            return (value, cost, GC.GetTotalAllocatedBytes(precise: true) - allocated);
        }

        var (documents, cleaning, cleaningAllocated) = MeasureAllocating(() => corpus.Select(AnalysisPipeline.Prepare).ToList());
        rows.Add(("cleaning (TextCleaner)", cleaning, cleaningAllocated));
        foreach (var annotator in pipeline.Annotators)
        {
            (documents, var cost, var allocated) = MeasureAllocating(() => documents.Select(annotator.Annotate).ToList());
            rows.Add((annotator.GetType().Name, cost, allocated));
        }

        var analysis = new Analysis([.. documents]);
        foreach (var stage in pipeline.CorpusStages)
        {
            (analysis, var cost, var allocated) = MeasureAllocating(() => stage.Apply(analysis));
            rows.Add((stage.GetType().Name + " (corpus)", cost, allocated));
        }

        SampleHeap();
        var total = rows.Sum(row => row.Cost.Cpu.TotalMilliseconds);
        Console.WriteLine();
        Console.WriteLine($"## Cost per stage, {corpus.Count} articles, one thread");
        Console.WriteLine();
        Console.WriteLine("| stage | wall s | CPU s | CPU ms/article | share of CPU | allocated KB/article |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (stage, cost, allocated) in rows)
        {
            Console.WriteLine($"| {stage} | {cost.Wall.TotalSeconds:F2} | {cost.Cpu.TotalSeconds:F2} | {cost.Cpu.TotalMilliseconds / corpus.Count:F2} | {cost.Cpu.TotalMilliseconds / total:P0} | {allocated / 1024.0 / corpus.Count:F0} |");
        }

        Console.WriteLine($"| total | {rows.Sum(row => row.Cost.Wall.TotalSeconds):F2} | {total / 1000:F2} | {total / corpus.Count:F2} | | {rows.Sum(row => row.Allocated) / 1024.0 / corpus.Count:F0} |");
    }

    /// <summary>
    /// The clustering features of the first <paramref name="size"/> articles of the replicated corpus:
    /// read from a store this run built (or the <c>--features-from</c> store an earlier run built) when one
    /// holds them, else analyzed a chunk at a time on all cores.
    /// </summary>
    private static List<ArticleFeatures> FeaturesOf(AnalysisPipeline pipeline, IReadOnlyList<Article> baseArticles, int size, string? featureStore)
    {
        var built = Directory.GetFiles(Path.GetTempPath(), "readout-bench-*.db")
            .Select(path => (Path: path, Size: int.TryParse(Path.GetFileNameWithoutExtension(path)["readout-bench-".Length..], out var n) ? n : 0))
            .Where(store => store.Size >= size && (BuiltStores.Contains(store.Path) || store.Path == featureStore))
            .OrderBy(store => store.Size)
            .Select(store => store.Path)
            .FirstOrDefault();
        if (built is not null)
        {
            using var store = new ArticleStore(built);
            return [.. store.Features(store.ArticleIds().Take(size))];
        }

        var features = new List<ArticleFeatures>();
        for (var start = 0; start < size; start += BuildChunk)
        {
            features.AddRange(ReplicatedCorpus.Build(baseArticles, Math.Min(BuildChunk, size - start), skip: start)
                .AsParallel().AsOrdered().Select(article => FeatureExtractor.Extract(pipeline.AnalyzeDocument(article))));
        }

        return features;
    }

    /// <summary>Comparisons the story index makes per article: the articles placed one by one, then settled.</summary>
    private static void Clustering(IReadOnlyList<ArticleFeatures> corpus, string copies)
    {
        var index = new IncrementalStoryIndex();
        var (placed, clustering) = Measure(() =>
        {
            foreach (var features in corpus)
            {
                index.Add(features);
            }

            var comparisons = index.Comparisons;
            index.Settle();
            return comparisons;
        });
        SampleHeap();
        Console.WriteLine(
            $"| {corpus.Count} | {copies} | {(double)placed / corpus.Count:F1} | {(double)index.Comparisons / corpus.Count:F1} | {index.Stories().Length} | {clustering.Wall.TotalSeconds:F1} | {clustering.Cpu.TotalSeconds:F1} |");
    }

    /// <summary>Builds a store of <paramref name="size"/> articles, then adds 100 more; returns the store's path.</summary>
    private static string AddToStore(AnalysisPipeline pipeline, IReadOnlyList<Article> baseArticles, int size)
    {
        var path = Path.Combine(Path.GetTempPath(), $"readout-bench-{size}.db");
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        var writer = new StoreWriter(pipeline);
        int count, stories;
        TimeSpan build, analyze, add, addCpu;
        using (var store = new ArticleStore(path))
        {
            // As a feed fills it: one ingest per chunk, so no more than a chunk of documents is held at once.
            (_, var built) = Measure(() =>
            {
                for (var start = 0; start < size; start += BuildChunk)
                {
                    var chunk = ReplicatedCorpus.Build(baseArticles, Math.Min(BuildChunk, size - start), skip: start);
                    writer.Store(store, chunk.AsParallel().AsOrdered().Select(pipeline.AnalyzeDocument).ToList());
                }

                return 0;
            });
            var extra = ReplicatedCorpus.Build(baseArticles, AddedArticles, skip: size);
            var (extraDocuments, analyzed) = Measure(() => extra.AsParallel().AsOrdered().Select(pipeline.AnalyzeDocument).ToList());
            (_, var added) = Measure(() => writer.Store(store, extraDocuments));
            (build, analyze, add, addCpu) = (built.Wall, analyzed.Wall, added.Wall, added.Cpu);
            count = store.ArticleCount;
            stories = store.Stories().Count;
            SampleHeap();
        }

        BuiltStores.Add(path);
        var bytes = new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);
        Console.WriteLine($"| {size} → {count} | {build.TotalSeconds:F1} | {analyze.TotalSeconds:F1} | {add.TotalSeconds:F2} | {addCpu.TotalSeconds:F2} | {stories} | {Megabytes(bytes):F1} | {bytes / count:N0} |");
        return path;
    }

    /// <summary>What search, stories and show do against the store, timed in this process (no process start-up).</summary>
    internal static void Latencies(string path)
    {
        using var store = new ArticleStore(path);
        var storyIds = store.Stories().Select(story => story.Id).ToList();
        var search = Percentiles(200, i => store.Search(Queries[i % Queries.Length]).Count);
        var stories = Percentiles(50, _ => store.Stories().Count);
        var storyPages = Percentiles(200, i => StoryPage(store, i * 7919 % Math.Max(1, storyIds.Count - 50)));
        var show = Percentiles(200, i => ShowStory(store, storyIds[i * 7919 % storyIds.Count]).Length);
        Console.WriteLine();
        Console.WriteLine($"## Query latency on {path} ({store.ArticleCount} articles, {storyIds.Count} stories), in process");
        Console.WriteLine();
        Console.WriteLine("| query | runs | p50 ms | p99 ms |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, (runs, p50, p99)) in new[] { ("search (20 hits)", search), ("stories (all: id, headline, articles)", stories), ("stories --limit 50 --offset N (with dates and outlets)", storyPages), ("show STORY (markdown brief)", show) })
        {
            Console.WriteLine($"| {name} | {runs} | {p50:F2} | {p99:F2} |");
        }
    }

    /// <summary>As <c>readout stories --limit 50</c> reads a page: the stories and their articles.</summary>
    private static int StoryPage(ArticleStore store, int offset)
    {
        var page = store.StoryPage(offset, 50);
        return store.Articles(page.SelectMany(story => story.Story.Articles)).Count;
    }

    /// <summary>As <c>readout show</c> does it: the stored story, its articles, the brief.</summary>
    private static string ShowStory(ArticleStore store, string id)
    {
        var story = store.Story(id)!;
        return MarkdownReport.StoryBrief(story, store.Documents(story.Story.Articles, MarkdownReport.BriefLayers));
    }

    private static (int Runs, double P50, double P99) Percentiles(int runs, Func<int, int> query)
    {
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            query(i);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (runs, times[(runs - 1) / 2], times[(int)Math.Ceiling(runs * 0.99) - 1]);
    }

    private static (T Value, (TimeSpan Wall, TimeSpan Cpu) Cost) Measure<T>(Func<T> work)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var value = work();
        var wall = watch.Elapsed;
        process.Refresh();
        return (value, (wall, process.TotalProcessorTime - cpu));
    }

    private static void SampleHeap() => peakHeapBytes = Math.Max(peakHeapBytes, GC.GetGCMemoryInfo().HeapSizeBytes);

    private static double Megabytes(long bytes) => bytes / (1024.0 * 1024.0);

    private static string RuntimeInformationText() =>
        $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription} on {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";


    private static int[] Sizes(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(size => int.Parse(size, CultureInfo.InvariantCulture))];
}
