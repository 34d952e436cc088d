namespace Readout.Cleaning;

/// <summary>A news outlet or agency from <c>outlets.tsv</c>.</summary>
public sealed record Outlet(string Name, IReadOnlyList<string> Aliases, string Country, string Kind);
