using System.Diagnostics;
using System.Globalization;
using Readout.Core;
using Readout.Pipeline;

namespace Readout.Bench;

/// <summary>
/// <c>stages [--shared DIR] [--articles 1000] [--rounds 5]</c>: CPU cost of cleaning and of each
/// per-article annotator, one thread, over a corpus replicated from ../shared/corpus. Every round
/// runs every stage once over the whole corpus; the table gives each stage's fastest and median
/// round, which a noisy, shared machine disturbs less than a single run.
/// </summary>
public static class StageBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var shared = BenchArguments.Option(args, "--shared") ?? "../shared";
        var count = int.Parse(BenchArguments.Option(args, "--articles") ?? "1000", CultureInfo.InvariantCulture);
        var rounds = int.Parse(BenchArguments.Option(args, "--rounds") ?? "5", CultureInfo.InvariantCulture);
        var corpus = ReplicatedCorpus.Build(await ReplicatedCorpus.ReadBaseAsync(shared), count);
        var pipeline = AnalysisPipeline.Standard();
        pipeline.Analyze(corpus.Take(50));

        var stages = new List<(string Name, Func<Document, Document> Apply)>();
        stages.AddRange(pipeline.Annotators.Select(annotator => (annotator.GetType().Name, (Func<Document, Document>)annotator.Annotate)));
        var cleaningCpu = new List<double>();
        var stageCpu = stages.Select(_ => new List<double>()).ToList();
        for (var round = 0; round < rounds; round++)
        {
            var (documents, cleaning) = CpuMilliseconds(() => corpus.Select(AnalysisPipeline.Prepare).ToList());
            cleaningCpu.Add(cleaning);
            for (var i = 0; i < stages.Count; i++)
            {
                var apply = stages[i].Apply;
                (documents, var cost) = CpuMilliseconds(() => documents.Select(apply).ToList());
                stageCpu[i].Add(cost);
            }
        }

        Console.WriteLine($"# Per-article stages, {count} articles, one thread, {rounds} rounds, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine();
        Console.WriteLine("| stage | fastest round CPU ms/article | median round CPU ms/article |");
        Console.WriteLine("|---|---:|---:|");
        var rows = new List<(string Name, List<double> Cpu)> { ("cleaning (TextCleaner)", cleaningCpu) };
        rows.AddRange(stages.Select((stage, i) => (stage.Name, stageCpu[i])));
        foreach (var (name, cpu) in rows)
        {
            Console.WriteLine($"| {name} | {cpu.Min() / count:F3} | {Median(cpu) / count:F3} |");
        }

        Console.WriteLine($"| total | {rows.Sum(row => row.Cpu.Min()) / count:F3} | {rows.Sum(row => Median(row.Cpu)) / count:F3} |");
        return 0;
    }

    private static (T Value, double CpuMilliseconds) CpuMilliseconds<T>(Func<T> work)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var value = work();
        process.Refresh();
        return (value, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

}
