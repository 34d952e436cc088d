using System.Collections.Immutable;

namespace Readout.Events;

/// <summary>Layer: the event mentions of one document, and the event it reports where it has one.</summary>
public sealed record EventLayer(ImmutableArray<EventMention> Events, ReportedEvent? Reported = null);
