using System.Collections.Immutable;

namespace Readout.Time;

/// <summary>A time expression, TIMEX3-style: type DATE, TIME, DURATION or SET, and its normalized value.</summary>
/// <param name="Modifier">A qualifier kept from the text ("MORE_THAN", "APPROX", "START").</param>
public sealed record TimeExpression(int Start, int End, string Text, string Type, string Value, string? Modifier = null);

/// <summary>Layer: the time expressions of one document.</summary>
public sealed record TimeLayer(ImmutableArray<TimeExpression> Times);

/// <summary>A number with its unit, qualifier and rate ("5,000 young people every single week").</summary>
public sealed record Quantity(int Start, int End, string Text, double Value, string? Unit, string? Qualifier = null, string? Rate = null);

/// <summary>Layer: the quantities of one document.</summary>
public sealed record QuantityLayer(ImmutableArray<Quantity> Quantities);
