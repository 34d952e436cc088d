using Readout.Core;

namespace Readout.Tests.Pipeline;

public sealed class ThreadRecentTests
{
    private sealed class Key;

    [Fact]
    public void A_key_met_again_soon_gets_what_was_made_for_it_and_one_met_long_ago_is_made_again()
    {
        var made = 0;
        string Make(Key key) => $"value {++made}";
        var first = new Key();

        var once = ThreadRecent<Key, string>.GetOrMake(first, Make);
        var again = ThreadRecent<Key, string>.GetOrMake(first, Make);
        foreach (var other in Enumerable.Range(0, 40).Select(_ => new Key()))
        {
            ThreadRecent<Key, string>.GetOrMake(other, Make);
        }

        var later = ThreadRecent<Key, string>.GetOrMake(first, Make);

        Assert.Same(once, again);
        Assert.NotEqual(once, later);
        Assert.Equal(42, made);
    }

    [Fact]
    public async Task Another_thread_makes_its_own()
    {
        var key = new Key();
        var here = ThreadRecent<Key, object>.GetOrMake(key, _ => new object());

        var there = await Task.Factory.StartNew(() => ThreadRecent<Key, object>.GetOrMake(key, _ => new object()), TaskCreationOptions.LongRunning);

        Assert.NotSame(here, there);
    }
}
