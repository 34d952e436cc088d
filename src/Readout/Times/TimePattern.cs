namespace Readout.Times;

/// <summary>One compiled row of time-patterns.tsv: its kind and its regex, with the scanner that finds its matches.</summary>
public sealed record TimePattern(string Kind, PatternScanner Scanner, int Order);
