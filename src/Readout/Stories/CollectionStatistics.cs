namespace Readout.Stories;

/// <summary>
/// How many articles a whole collection holds and how many of them carry each feature key
/// (<see cref="IncrementalStoryIndex.FeatureKeys"/>): what an index over part of the collection
/// weighs features by.
/// </summary>
public sealed record CollectionStatistics(int Articles, IReadOnlyDictionary<string, int> DocumentFrequency);
