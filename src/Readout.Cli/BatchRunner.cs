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
        var reader = new InputReader(options);
        var (articles, failures) = await reader.ReadAllAsync(inputs, cancellation);
        foreach (var failure in failures)
        {
            diagnostics.Error(failure.Input, failure.Reason);
        }

        WarnAboutLanguage(diagnostics, articles);

        var analyzed = diagnostics.Progress("Analyzing", [.. articles.Chunk(AnalysisPipeline.ArticlesTogether)], pipeline.TryAnalyzeDocuments);
        var documents = new List<Document>(articles.Count);
        foreach (var (result, document) in analyzed.SelectMany(together => together))
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
        diagnostics.Note($"{Plural.Of(analysis.Documents.Length, "article")} analyzed, {Plural.Of(failures.Count, "input")} failed"
            + (reader.SkippedFiles > 0 ? $", {Plural.Of(reader.SkippedFiles, "file")} in folders skipped (not article files)" : string.Empty));
        return (analysis, failures);
    }

    /// <summary>One warning per article in a language Readout does not analyze yet, naming the language or script.</summary>
    public static void WarnAboutLanguage(Diagnostics diagnostics, IEnumerable<Article> articles)
    {
        foreach (var article in articles)
        {
            if (LanguageCheck.Concern(article) is { } concern)
            {
                diagnostics.Warning(article.Origin, concern);
            }
        }
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
