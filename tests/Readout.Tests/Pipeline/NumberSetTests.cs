using FsCheck.Xunit;
using Readout.Core;

namespace Readout.Tests.Pipeline;

public class NumberSetTests
{
    [Property(MaxTest = 500)]
    public bool Counts_and_shared_numbers_are_those_of_the_distinct_numbers(long[] left, long[] right, byte spread)
    {
        // A small spread makes repeats and shared numbers common.
        var (a, b) = (left.Select(n => n % (spread + 1)).ToArray(), right.Select(n => n % (spread + 1)).ToArray());
        var (setA, setB) = (new NumberSet([.. a]), new NumberSet([.. b]));
        return setA.Count == a.Distinct().Count()
            && setA.SharedWith(setB) == a.Intersect(b).Count()
            && setB.SharedWith(setA) == setA.SharedWith(setB);
    }

    [Fact]
    public void Extreme_and_negative_numbers_are_ordered_as_numbers()
    {
        var set = new NumberSet([long.MaxValue, -1, long.MinValue, 0, -1, long.MaxValue]);

        Assert.Equal(4, set.Count);
        Assert.Equal(3, set.SharedWith(new NumberSet([long.MinValue, -1, long.MaxValue, 7])));
        Assert.Equal(0, set.SharedWith(new NumberSet([])));
    }
}
