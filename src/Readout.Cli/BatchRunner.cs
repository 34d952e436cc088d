using Readout.Core;
using Readout.Ingest;
using Readout.Pipeline;
using Readout.Storage;

namespace Readout.Cli;

/// <summary>Reads a batch of inputs, analyzes what could be read, stores it on request, and reports what failed.</summary>
public sealed class BatchRunner(Diagnostics diagnostics, IngestOptions options)
{
    private readonly AnalysisPipeline pipeline = AnalysisPipeline.Standard();

    public async Task<(Analysis Analysis, List<IngestFailure> Failures)> RunAsync(IReadOnlyList<string> inputs, CancellationToken cancellation)
    {
        var (articles, failures) = await new InputReader(options).ReadAllAsync(inputs, cancellation);
        foreach (var failure in failures)
        {
            diagnostics.Error(failure.Input, failure.Reason);
        }

        var analyzed = diagnostics.Progress("Analyzing", articles, article => (Result: pipeline.TryAnalyzeDocument(article, out var document), Document: document));
        var documents = new List<Document>(articles.Count);
        foreach (var (result, document) in analyzed)
        {
            if (result is IngestFailure failure)
            {
                failures.Add(failure);
                diagnostics.Error(failure.Input, failure.Reason);
            }
            else
            {
                documents.Add(document!);
            }
        }
        var analysis = pipeline.AnalyzeCorpus(documents);
        diagnostics.Note($"{analysis.Documents.Length} articles analyzed, {failures.Count} inputs failed");
        return (analysis, failures);
    }

    /// <summary>Stores the analyzed articles (the store places them in stories); an article refused by the store joins the failures.</summary>
    public StoreReport Store(Analysis analysis, string path, List<IngestFailure> failures)
    {
        using var store = ArticleStores.Open(path);
        var report = new StoreWriter(pipeline).Store(store, analysis.Documents);
        Report(diagnostics, report, failures);
        return report;
    }

    /// <summary>Says on stderr which articles were already stored, refused or failed, and adds the refused and failed ones to the failures.</summary>
    public static void Report(Diagnostics diagnostics, StoreReport report, List<IngestFailure> failures)
    {
        foreach (var failure in report.Failures)
        {
            failures.Add(failure);
            diagnostics.Error(failure.Input, failure.Reason);
        }

        foreach (var (article, result) in report.Stored)
        {
            if (result.Outcome == StoreOutcome.Duplicate)
            {
                diagnostics.Note($"{article.Origin}: {result.Detail}; kept once");
            }
            else if (result.Outcome == StoreOutcome.Rejected)
            {
                failures.Add(new IngestFailure(article.Origin, result.Detail!));
                diagnostics.Error(article.Origin, result.Detail!);
            }
        }
    }
}
