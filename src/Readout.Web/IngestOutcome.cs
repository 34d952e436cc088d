using Readout.Ingest;
using Readout.Storage;

namespace Readout.Web;

/// <summary>What one web ingest did: each article's outcome, the inputs that failed, and the stories created or changed.</summary>
public sealed record IngestOutcome(IReadOnlyList<StoreResult> Stored, IReadOnlyList<IngestFailure> Failures, IReadOnlyList<StoryChangeSummary> Changes);
