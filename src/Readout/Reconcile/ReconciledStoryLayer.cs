using System.Collections.Immutable;

namespace Readout.Reconcile;

/// <summary>Corpus layer: every story of the <see cref="Stories.StoryLayer"/>, reconciled, in the same order.</summary>
public sealed record ReconciledStoryLayer(ImmutableArray<ReconciledStory> Stories);
