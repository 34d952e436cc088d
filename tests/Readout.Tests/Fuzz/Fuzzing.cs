using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Readout.Core;
using Readout.Ingest;
using Readout.Pipeline;
using Readout.Reporting;
using Readout.Storage;
using Readout.Tests.Support;

namespace Readout.Tests.Fuzz;

/// <summary>
/// Thousands of generated hostile inputs per run, through every reader, the analysis, every output
/// format and the store: each must end in articles or plain failures, never in an exception.
/// Counts and how to replay a failure: docs/reliability.md. (Three classes, so they run in parallel.)
/// </summary>
public static class Fuzzing
{
    public static readonly AnalysisPipeline Pipeline = AnalysisPipeline.Standard();

    /// <summary>A folder with the files a generated manifest may name: a good article, a subfolder, itself.</summary>
    public static TempFolder Fixtures()
    {
        var folder = new TempFolder();
        folder.Write("good.txt", "A good article about the talks in Vienna.");
        folder.Write("sub/inner.txt", "Another good article.");
        folder.Write("m.jsonl", "{\"id\": \"self\", \"text\": \"x\"}");
        return folder;
    }

    public static void AssertWellFormed(IReadOnlyList<Article> articles, IReadOnlyList<IngestFailure> failures)
    {
        foreach (var failure in failures)
        {
            Assert.False(string.IsNullOrWhiteSpace(failure.Reason), $"a failure of {failure.Input} without a reason");
            Assert.DoesNotContain("internal error", failure.Reason);
        }

        foreach (var article in articles)
        {
            Assert.False(string.IsNullOrWhiteSpace(article.RawText), $"article {article.Id} without text");
            Assert.DoesNotContain('\0', article.Id + article.RawText + article.Title + article.Source + article.Url + article.Language);
        }
    }

    /// <summary>Analyzes the articles and renders every output format; none may throw or write a non-number.</summary>
    public static void AnalyzeAndRender(IReadOnlyList<Article> articles, IReadOnlyList<IngestFailure> failures)
    {
        var analysis = Pipeline.Analyze(articles);
        var contract = ContractJson.Build(analysis, failures);
        // The JSON writer throws on a number it cannot write (infinity, NaN); the parse checks what it wrote.
        Assert.NotNull(JsonNode.Parse(ContractJson.Serialize(contract)));
        var terminal = ControlSequenceFilter.Clean(MarkdownReport.Build(contract) + TableReport.Render(analysis) + PloverJsonl.Write(analysis.Documents));
        Assert.DoesNotContain('\u001b', terminal);
    }
}
