using Readout.Stories;

namespace Readout.Cli.Cluster;

/// <summary>What one placement stored: the ids added, the ids the store held already, and the story changes.</summary>
public sealed record ClusterPlacement(IReadOnlyList<string> Added, IReadOnlyList<string> AlreadyStored, IReadOnlyList<StoryChange> Changes);
