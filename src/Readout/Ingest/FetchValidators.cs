namespace Readout.Ingest;

/// <summary>What a server said identifies the version it sent: kept to make the next request conditional.</summary>
public sealed record FetchValidators(string? ETag, DateTimeOffset? LastModified);
