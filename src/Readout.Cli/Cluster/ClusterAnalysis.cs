using Readout.Storage;

namespace Readout.Cli.Cluster;

/// <summary>What a silo's analysis of one article gives: the article as a store would hold it, or why it failed.</summary>
public sealed record ClusterAnalysis(StoredArticle? Stored, string? Failure);
