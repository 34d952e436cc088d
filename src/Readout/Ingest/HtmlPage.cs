namespace Readout.Ingest;

/// <summary>What a saved HTML page says about its article.</summary>
public sealed record HtmlPage(string Text, string? Title, string? Published, string? Outlet, string? Language);
