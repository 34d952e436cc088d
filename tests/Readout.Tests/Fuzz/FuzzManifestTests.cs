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

public class FuzzManifestTests
{
    [Fact]
    public void Any_manifest_is_read_line_by_line_without_escaping_its_lines()
    {
        using var folder = Fuzzing.Fixtures();
        var reader = new InputReader(IngestOptions.Default);
        FuzzRun.Check(FuzzInputs.Manifest, 1000, manifest =>
        {
            var path = folder.Write("case.jsonl", Encoding.UTF8.GetBytes(manifest));
            var (articles, failures) = reader.ReadAllAsync([path]).GetAwaiter().GetResult();
            Fuzzing.AssertWellFormed(articles, failures);
        });
    }
}
