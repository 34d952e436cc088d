using Readout.Core;

namespace Readout.Tests.Pipeline;

public sealed class ParallelWorkTests
{
    [Fact]
    public void ResultsKeepTheItemsOrderHoweverUnevenlyTheyCost()
    {
        var items = Enumerable.Range(0, 400).ToList();

        var results = ParallelWork.InOrder(items).Select(item =>
        {
            // Every tenth item costs far more than the rest, as a long article does.
            Thread.SpinWait(item % 10 == 0 ? 200_000 : 100);
            return item * 2;
        }).ToList();

        Assert.Equal(items.Select(item => item * 2), results);
    }

    [Fact]
    public void ASequenceThatIsNoListIsTakenInItsOrderToo()
    {
        var results = ParallelWork.InOrder(Enumerable.Range(0, 300).Where(item => item % 3 == 0)).Select(item => item + 1).ToList();

        Assert.Equal(Enumerable.Range(0, 100).Select(item => (item * 3) + 1), results);
    }
}
