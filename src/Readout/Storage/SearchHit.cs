namespace Readout.Storage;

/// <summary>A full-text hit: the article and the matched passage with the match in [brackets].</summary>
public sealed record SearchHit(string Id, string? Title, string? Source, string? Published, string Snippet);
