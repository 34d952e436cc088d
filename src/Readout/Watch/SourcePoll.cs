using Readout.Core;
using Readout.Ingest;

namespace Readout.Watch;

/// <summary>What one poll of one source brought: new articles, or why it failed, and when it is due again.</summary>
/// <param name="Failures">Inputs of this source that could not be read (the source itself, or one item's page).</param>
public sealed record SourcePoll(string Source, IReadOnlyList<Article> Articles, IReadOnlyList<IngestFailure> Failures, bool NotModified, DateTimeOffset NextDue);
