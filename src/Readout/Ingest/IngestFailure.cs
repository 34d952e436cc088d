namespace Readout.Ingest;

/// <summary>An input that could not be read; <see cref="Input"/> names it, <see cref="Reason"/> says why.</summary>
public sealed record IngestFailure(string Input, string Reason) : IngestResult
{
    public override string ToString() => $"{Input}: {Reason}";
}
