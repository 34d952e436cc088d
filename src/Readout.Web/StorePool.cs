using System.Collections.Concurrent;
using Readout.Storage;

namespace Readout.Web;

/// <summary>
/// Open connections to the store, one per concurrent request: a connection serves one thread at a
/// time, and opening one takes the write lock briefly, so connections are kept rather than opened per request.
/// </summary>
public sealed class StorePool(WebSettings settings) : IDisposable
{
    private readonly ConcurrentBag<ArticleStore> idle = [];

    public T Use<T>(Func<ArticleStore, T> work)
    {
        var store = idle.TryTake(out var open) ? open : new ArticleStore(settings.Db);
        try
        {
            return work(store);
        }
        finally
        {
            idle.Add(store);
        }
    }

    public void Dispose()
    {
        while (idle.TryTake(out var store))
        {
            store.Dispose();
        }
    }
}
