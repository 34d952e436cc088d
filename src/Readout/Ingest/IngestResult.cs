using Readout.Core;

namespace Readout.Ingest;

/// <summary>What reading one input (or one item inside it) produced.</summary>
public abstract record IngestResult;

public sealed record IngestedArticle(Article Article) : IngestResult;

/// <summary>An input that could not be read; <see cref="Input"/> names it, <see cref="Reason"/> says why.</summary>
public sealed record IngestFailure(string Input, string Reason) : IngestResult
{
    public override string ToString() => $"{Input}: {Reason}";
}

/// <summary>Raised by readers for a bad input; the input reader turns it into an <see cref="IngestFailure"/>.</summary>
public sealed class InputException(string reason) : Exception(reason);

public sealed record IngestOptions
{
    public static readonly IngestOptions Default = new();

    /// <summary>Largest file, page or feed accepted, in bytes.</summary>
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    public int MaxRedirects { get; init; } = 5;
}
