using System.Collections.Immutable;

namespace Readout.Stories;

/// <summary>A story as the index holds it: its articles in arrival order and its main event's date.</summary>
/// <param name="Central">The article nearest the story's centre.</param>
public sealed record StoryCluster(string Id, ImmutableArray<ArticleFeatures> Articles, DateOnly? Date, ArticleFeatures Central);
