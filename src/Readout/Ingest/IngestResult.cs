namespace Readout.Ingest;

/// <summary>What reading one input (or one item inside it) produced.</summary>
public abstract record IngestResult;
