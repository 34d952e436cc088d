namespace Readout.Core;

/// <summary>The article text with page chrome removed, and the way back to the raw text.</summary>
/// <param name="Outlet">The outlet named by a banner or sign-off line that cleaning removed.</param>
/// <param name="CitedSource">The outlet the text says it relays ("X reports, citing TASS").</param>
public sealed record CleanedText(string Text, OffsetMap Map, string? Outlet = null, string? CitedSource = null);
