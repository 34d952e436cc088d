using System.Collections.Immutable;

namespace Readout.Events;

/// <summary>An event mention coded with a PLOVER 2.0 type and mode.</summary>
/// <param name="Modality">"asserted", "future", "hypothetical" or "negated".</param>
public sealed record EventMention(
    int Start,
    int End,
    string Type,
    string? Mode,
    ImmutableArray<string> Actors,
    ImmutableArray<string> Recipients,
    string? Date,
    string? Place = null,
    int? DurationMinutes = null,
    string? Initiator = null,
    string Modality = "asserted",
    string? Trigger = null);

/// <summary>Layer: the event mentions of one document.</summary>
public sealed record EventLayer(ImmutableArray<EventMention> Events);
