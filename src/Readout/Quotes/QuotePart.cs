namespace Readout.Quotes;

/// <summary>One stretch of quoted words inside the quotation marks.</summary>
public sealed record QuotePart(int Start, int End);
