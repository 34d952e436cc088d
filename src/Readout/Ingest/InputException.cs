namespace Readout.Ingest;

/// <summary>Raised by readers for a bad input; the input reader turns it into an <see cref="IngestFailure"/>.</summary>
public sealed class InputException(string reason) : Exception(reason);
