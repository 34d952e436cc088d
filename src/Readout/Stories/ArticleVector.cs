using System.Collections.Immutable;

namespace Readout.Stories;

/// <summary>An article as the story index weighs it, made by <see cref="IncrementalStoryIndex.VectorOf"/>.</summary>
/// <param name="Keys">Its feature keys ("t:en:ceasefir", "n:putin"), in the order the index sums them.</param>
/// <param name="Weights">Each key's weight.</param>
/// <param name="SalientNames">The name keys it repeats (who and where it is about), in ordinal order.</param>
public sealed record ArticleVector(ArticleFeatures Features, ImmutableArray<string> Keys, ImmutableArray<double> Weights, ImmutableArray<string> SalientNames);
