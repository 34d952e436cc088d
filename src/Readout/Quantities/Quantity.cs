namespace Readout.Quantities;

/// <summary>A number with its unit, qualifier and rate ("5,000 young people every single week").</summary>
/// <param name="Ordinal">True for a position rather than a count ("ninth phone call").</param>
public sealed record Quantity(int Start, int End, string Text, double Value, string? Unit, string? Qualifier = null, string? Rate = null, bool Ordinal = false);
