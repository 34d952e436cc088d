namespace Readout.Storage;

/// <summary>The result of storing one article: what happened, under which id, and why.</summary>
public sealed record StoreResult(StoreOutcome Outcome, string Id, string? Detail = null);
