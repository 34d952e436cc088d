using Readout.Core;
using Readout.Ingest;
using Readout.Pipeline;
using Readout.Reporting;
using Readout.Storage;

namespace Readout.Cli;

/// <summary>Reads a batch of inputs, analyzes what could be read, reports what could not.</summary>
public sealed class BatchRunner(Diagnostics diagnostics, IngestOptions options)
{
    private readonly AnalysisPipeline pipeline = AnalysisPipeline.Standard();

    public async Task<int> AnalyzeAsync(IReadOnlyList<string> inputs, string format, string? db, CancellationToken cancellation)
    {
        var (analysis, failures) = await RunAsync(inputs, cancellation);
        if (db is not null)
        {
            Store(analysis, ArticleStore.ResolvePath(db), failures);
        }

        var output = format switch
        {
            "markdown" => MarkdownReport.Build(ContractJson.Build(analysis, failures)),
            "table" => TableReport.Render(analysis),
            "plover" => PloverJsonl.Write(analysis.Documents),
            _ => ContractJson.Serialize(ContractJson.Build(analysis, failures)),
        };
        Console.Out.Write(output);
        Console.Out.WriteLine();
        return ExitCodes.ForBatch(analysis.Documents.Length, failures.Count);
    }

    public async Task<int> IngestAsync(IReadOnlyList<string> inputs, string? db, CancellationToken cancellation)
    {
        var (analysis, failures) = await RunAsync(inputs, cancellation);
        var path = ArticleStore.ResolvePath(db);
        var (added, duplicates) = Store(analysis, path, failures);
        Console.Out.WriteLine($"{added} stored, {duplicates} already stored, {failures.Count} failed ({path})");
        return ExitCodes.ForBatch(analysis.Documents.Length, failures.Count);
    }

    private async Task<(Analysis Analysis, List<IngestFailure> Failures)> RunAsync(IReadOnlyList<string> inputs, CancellationToken cancellation)
    {
        var (articles, failures) = await new InputReader(options).ReadAllAsync(inputs, cancellation);
        foreach (var failure in failures)
        {
            diagnostics.Error(failure.Input, failure.Reason);
        }

        var analysis = pipeline.AnalyzeCorpus(AnalyzeDocuments(articles, failures, "Analyzing"));
        diagnostics.Note($"{analysis.Documents.Length} articles analyzed, {failures.Count} inputs failed");
        return (analysis, failures);
    }

    private List<Document> AnalyzeDocuments(IReadOnlyList<Article> articles, List<IngestFailure> failures, string label)
    {
        var documents = new List<Document>(articles.Count);
        diagnostics.Progress(label, articles, article =>
        {
            if (pipeline.TryAnalyzeDocument(article, out var document) is IngestFailure failure)
            {
                failures.Add(failure);
                diagnostics.Error(failure.Input, failure.Reason);
            }
            else
            {
                documents.Add(document!);
            }
        });
        return documents;
    }

    private (int Added, int Duplicates) Store(Analysis analysis, string path, List<IngestFailure> failures)
    {
        using var store = new ArticleStore(path);
        var added = new Dictionary<string, Document>(StringComparer.Ordinal);
        var duplicates = 0;
        foreach (var document in analysis.Documents)
        {
            var result = store.Store(document, ContractJson.Serialize(ContractJson.Build(new Analysis([document]), [])));
            switch (result.Outcome)
            {
                case StoreOutcome.Added:
                    added[document.Id] = document;
                    break;
                case StoreOutcome.Duplicate:
                    duplicates++;
                    diagnostics.Note($"{document.Article.Origin}: {result.Detail}; kept once");
                    break;
                case StoreOutcome.Rejected:
                    failures.Add(new IngestFailure(document.Article.Origin, result.Detail!));
                    diagnostics.Error(document.Article.Origin, result.Detail!);
                    break;
            }
        }

        if (added.Count > 0)
        {
            // Stories span every stored article; only those stored by earlier runs need analyzing again.
            var stored = store.StoredArticles();
            var earlier = AnalyzeDocuments([.. stored.Where(a => !added.ContainsKey(a.Id))], [], "Updating stories").ToDictionary(d => d.Id);
            var everything = pipeline.AnalyzeCorpus(stored.Select(a => added.GetValueOrDefault(a.Id) ?? earlier.GetValueOrDefault(a.Id)).OfType<Document>());
            store.ReplaceStories(ContractJson.Build(everything, [])["stories"]!.AsArray().Select(story => story!));
        }

        return (added.Count, duplicates);
    }
}
