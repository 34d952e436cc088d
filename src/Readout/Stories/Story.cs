using System.Collections.Immutable;

namespace Readout.Stories;

/// <summary>A cluster of articles that mainly report the same real-world event.</summary>
/// <param name="Date">The date of the story's main event (ISO), where its articles give one.</param>
public sealed record Story(string Id, ImmutableArray<string> Articles, string? Headline, string? Date = null);
