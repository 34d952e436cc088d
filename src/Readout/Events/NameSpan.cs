using Readout.Entities;

namespace Readout.Events;

/// <summary>A name over the sentence tokens [First, Last), resolved where an entity layer ran.</summary>
public sealed record NameSpan(int First, int Last, string Name, EntityType? Type = null);
