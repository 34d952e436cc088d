using System.Globalization;
using Readout.Core;

namespace Readout.Cli.Cluster;

/// <summary>
/// The placement partition of an article: the ISO week of its publication date. Reports of one
/// event are published within days of it, so they fall in one week or two neighbouring ones; a
/// partition's grain places them over the whole shared store (its candidate stories come from
/// every week within the clustering window), so a week boundary never hides a story.
/// </summary>
public static class ClusterPartition
{
    public const string Undated = "undated";

    public static string Of(Article article) =>
        article.PublishedDate is { } date
            ? $"{ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):D2}"
            : Undated;
}
