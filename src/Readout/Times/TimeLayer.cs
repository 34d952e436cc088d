using System.Collections.Immutable;

namespace Readout.Times;

/// <summary>Layer: the time expressions of one document.</summary>
public sealed record TimeLayer(ImmutableArray<TimeExpression> Times);
