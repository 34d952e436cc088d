namespace Readout.Storage;

/// <summary>A search query with nothing to search for, or an operator without its terms; the message says how to write it.</summary>
public sealed class SearchQueryException(string message) : Exception(message);
