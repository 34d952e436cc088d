using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Readout.Stories;

/// <summary>Corpus layer: the stories of an analysis.</summary>
public sealed record StoryLayer(ImmutableArray<Story> Stories);
