using Readout.Core;
using Readout.Ingest;
using Readout.Storage;
using Readout.Stories;

namespace Readout.Pipeline;

/// <summary>What one write to the store did: each document's outcome, the articles whose analysis failed, and the stories created or changed.</summary>
public sealed record StoreReport(
    IReadOnlyList<(Document Document, StoreResult Result)> Stored,
    IReadOnlyList<IngestFailure> Failures,
    IReadOnlyList<StoryChange> Changes);
