using System.Collections.Immutable;

namespace Readout.Stories;

/// <summary>Corpus layer: the stories of an analysis.</summary>
public sealed record StoryLayer(ImmutableArray<Story> Stories);
