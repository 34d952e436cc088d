using Readout.Core;

namespace Readout.Ingest;

/// <summary>The articles of one fetched page or feed, and the validators for the next conditional request.</summary>
/// <param name="NotModified">The server answered 304: nothing changed since the validators sent.</param>
public sealed record FetchedResource(IReadOnlyList<Article> Articles, FetchValidators? Validators, bool IsFeed, bool NotModified);
