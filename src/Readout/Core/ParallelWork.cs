using System.Collections.Concurrent;

namespace Readout.Core;

/// <summary>
/// Work on all cores over items that cost unevenly (articles of every length, stories of one
/// article or of hundreds): a core takes the next items whenever it is free, rather than a fixed
/// share of the list, and the results keep the items' order.
/// </summary>
public static class ParallelWork
{
    public static ParallelQuery<T> InOrder<T>(IEnumerable<T> items) =>
        Partitioner.Create(items as IList<T> ?? [.. items], loadBalance: true).AsParallel().AsOrdered();
}
