using System.Collections.Immutable;
using Readout.Core;

namespace Readout.Storage;

/// <summary>
/// An article as a store holds it, every column as written (the analysis and features as their
/// compressed JSON bytes), so it moves to another store unchanged.
/// </summary>
public sealed record StoredArticle(
    Article Article,
    string ContentHash,
    string Text,
    string OffsetMap,
    byte[]? Analysis,
    int AnalysisVersion,
    byte[]? Features,
    string IngestedAt,
    ImmutableArray<string> Keys);
