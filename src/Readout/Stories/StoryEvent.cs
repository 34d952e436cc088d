using System.Collections.Immutable;

namespace Readout.Stories;

/// <summary>The real-world event a story reports, reconciled across its articles.</summary>
/// <param name="DurationQualifier">The hedge on the chosen duration ("over"), as its fact has it.</param>
public sealed record StoryEvent(
    string Type,
    string? Mode,
    string? Date,
    ImmutableArray<string> Participants,
    string? Initiator,
    int? DurationMinutes,
    string? Place,
    ImmutableArray<Fact> Facts,
    string? DurationQualifier = null);
