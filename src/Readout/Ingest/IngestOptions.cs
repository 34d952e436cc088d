namespace Readout.Ingest;

public sealed record IngestOptions
{
    public static readonly IngestOptions Default = new();

    /// <summary>Largest file, page or feed accepted, in bytes.</summary>
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    public int MaxRedirects { get; init; } = 5;
}
