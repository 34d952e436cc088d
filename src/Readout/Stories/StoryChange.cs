using System.Collections.Immutable;

namespace Readout.Stories;

/// <summary>One story's change in a re-clustering, with the articles it gained and the stories it took from.</summary>
/// <param name="Others">For a merge, the stories absorbed; for a split, the story split from.</param>
public sealed record StoryChange(string StoryId, StoryChangeKind Kind, ImmutableArray<string> Articles, ImmutableArray<string> Joined, ImmutableArray<string> Others);
