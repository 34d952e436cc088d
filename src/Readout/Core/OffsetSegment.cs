namespace Readout.Core;

/// <summary>One run of cleaned text copied verbatim from the raw text.</summary>
public readonly record struct OffsetSegment(int CleanStart, int RawStart, int Length);
