namespace Readout.Reporting;

/// <summary>One story's event on a timeline.</summary>
public sealed record TimelineEntry(string? Date, string Type, string? Mode, IReadOnlyList<string> Participants, string Story, string? Headline, int Articles);
