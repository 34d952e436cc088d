namespace Readout.Storage;

/// <summary>The days from <paramref name="From"/> to <paramref name="To"/>, both included.</summary>
public sealed record DateRange(DateOnly From, DateOnly To);
