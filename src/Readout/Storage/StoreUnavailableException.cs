namespace Readout.Storage;

/// <summary>A store that cannot be opened (a PostgreSQL server out of reach, a login refused, a malformed connection string); the message names the store with its password masked.</summary>
public sealed class StoreUnavailableException(string message, Exception inner) : Exception(message, inner);
