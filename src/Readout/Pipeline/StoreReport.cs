using Readout.Core;
using Readout.Ingest;
using Readout.Storage;
using Readout.Stories;

namespace Readout.Pipeline;

/// <summary>What one write to the store did: each article's outcome, the articles whose analysis failed, and the stories created or changed.</summary>
public sealed record StoreReport(
    IReadOnlyList<(Article Article, StoreResult Result)> Stored,
    IReadOnlyList<IngestFailure> Failures,
    IReadOnlyList<StoryChange> Changes);
