using BenchmarkDotNet.Attributes;
using Readout.Cleaning;
using Readout.Core;
using Readout.Ingest;
using Readout.Pipeline;

namespace Readout.Bench;

/// <summary>Throughput of the pipeline on the bundled sample corpus (samples/calls).</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private readonly AnalysisPipeline pipeline = AnalysisPipeline.Standard();
    private List<Article> articles = [];

    [GlobalSetup]
    public async Task Setup()
    {
        var samples = FindSamples();
        (articles, _) = await new InputReader(IngestOptions.Default).ReadAllAsync([samples]);

        pipeline.Analyze(articles);
    }

    [Benchmark(Description = "clean every sample article")]
    public int Clean() => articles.Sum(article => TextCleaner.Clean(article.RawText).Text.Length);

    [Benchmark(Description = "analyze every sample article (per-document stages)")]
    public int AnalyzeDocuments() => articles.Sum(article => pipeline.AnalyzeDocument(article).Text.Length);

    [Benchmark(Description = "analyze the sample corpus (all stages)")]
    public int AnalyzeCorpus() => pipeline.Analyze(articles).Documents.Length;

    private static string FindSamples()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "samples", "calls");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("samples/calls not found above " + AppContext.BaseDirectory);
    }
}
