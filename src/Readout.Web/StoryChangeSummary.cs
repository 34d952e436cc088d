namespace Readout.Web;

/// <summary>A story an ingest created or changed ("created", "changed", "merged", "split", "removed"), as it stands after it.</summary>
public sealed record StoryChangeSummary(string Story, string Kind, int Articles, string? Headline);
