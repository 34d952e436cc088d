namespace Readout.Entities;

/// <param name="Count">How many people a group determiner names ("two"), when fixed.</param>
public sealed record Determiner(DeterminerKind Kind, int? Count);
