using System.Collections.Immutable;
using System.Text.Json;
using Readout.Core;
using Readout.Stories;

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
    ImmutableArray<string> Keys)
{
    /// <summary>An analyzed article as a store would hold it, made where it was analyzed, to be stored elsewhere (<see cref="IArticleStore.ImportArticle"/>).</summary>
    public static StoredArticle Of(Document document, IEnumerable<Type> layers, int analysisVersion, ArticleFeatures features, IEnumerable<string> candidateKeys) =>
        new(
            document.Article, ArticleStore.ContentHash(document.Text), document.Text,
            JsonSerializer.Serialize(document.Cleaned.Map.Segments, ArticleStore.RecordJson),
            ArticleStore.PackLayers(document, layers), analysisVersion, ArticleStore.PackFeatures(features),
            DateTimeOffset.UtcNow.ToString("O"), [.. candidateKeys]);
}
