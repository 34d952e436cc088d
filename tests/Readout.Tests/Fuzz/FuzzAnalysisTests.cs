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

public class FuzzAnalysisTests
{
    [Fact]
    public void Any_text_survives_the_analysis_and_every_output_format()
    {
        FuzzRun.Check(FuzzInputs.Text, 300, text =>
            Fuzzing.AnalyzeAndRender(string.IsNullOrWhiteSpace(text) ? [] : [new Article("fuzz", text, "fuzz", Source: text.Length > 40 ? text[..40] : text, Title: text)], []));
    }

    [Fact]
    public void Any_html_page_survives_reading_and_the_analysis()
    {
        using var folder = Fuzzing.Fixtures();
        var reader = new InputReader(IngestOptions.Default);
        FuzzRun.Check(FuzzInputs.Html, 300, html =>
        {
            var path = folder.Write("page.html", Encoding.UTF8.GetBytes(html));
            var (articles, failures) = reader.ReadAllAsync([path]).GetAwaiter().GetResult();
            Fuzzing.AssertWellFormed(articles, failures);
            Fuzzing.AnalyzeAndRender(articles, failures);
        });
    }
}
