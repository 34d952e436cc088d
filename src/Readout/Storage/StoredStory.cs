using System.Collections.Immutable;

namespace Readout.Storage;

/// <summary>A story as a store holds it: its reconciled record as JSON and its articles.</summary>
public sealed record StoredStory(string Id, string? Headline, string? Date, string Json, string UpdatedAt, ImmutableArray<string> Articles);
