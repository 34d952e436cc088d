using Readout.Core;
using Readout.Ingest;

namespace Readout.Tests.Support;

/// <summary>Runs the input reader to completion and splits what it read from what failed.</summary>
public static class Inputs
{
    public static Task<(List<Article> Articles, List<IngestFailure> Failures)> ReadAsync(
        IEnumerable<string> inputs, IngestOptions? options = null, Func<Stream>? stdin = null) =>
        new InputReader(options ?? IngestOptions.Default, openStdin: stdin).ReadAllAsync(inputs);
}
