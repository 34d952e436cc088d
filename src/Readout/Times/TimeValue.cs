namespace Readout.Times;

/// <summary>A normalized time expression before it is placed in the text.</summary>
/// <param name="Minutes">For a duration in fixed units, its length in minutes.</param>
/// <param name="From">For a date, the first day it covers.</param>
/// <param name="Until">For a date, the last day it covers.</param>
public sealed record TimeValue(string Type, string Value, string? Modifier = null, double? Minutes = null, DateOnly? From = null, DateOnly? Until = null, string? Hedge = null);
