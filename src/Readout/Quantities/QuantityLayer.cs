using System.Collections.Immutable;

namespace Readout.Quantities;

/// <summary>Layer: the quantities of one document.</summary>
public sealed record QuantityLayer(ImmutableArray<Quantity> Quantities);
