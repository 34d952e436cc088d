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

public class FuzzReaderTests
{
    [Fact]
    public void Any_file_in_any_format_is_read_or_refused_plainly()
    {
        using var folder = Fuzzing.Fixtures();
        var reader = new InputReader(IngestOptions.Default with { MaxBytes = 64 * 1024 });
        FuzzRun.Check(FuzzInputs.AnyFile, 1500, file =>
        {
            var path = folder.Write("case" + file.Extension, file.Bytes);
            try
            {
                var (articles, failures) = reader.ReadAllAsync([path]).GetAwaiter().GetResult();
                Fuzzing.AssertWellFormed(articles, failures);
            }
            finally
            {
                File.Delete(path);
            }
        });
    }
}
