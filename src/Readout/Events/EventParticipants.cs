using System.Collections.Immutable;

namespace Readout.Events;

/// <summary>Who did what to whom in an event mention, and whether the trigger is passive.</summary>
public sealed record EventParticipants(ImmutableArray<string> Actors, ImmutableArray<string> Recipients, bool Passive);
