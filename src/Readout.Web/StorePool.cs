using System.Collections.Concurrent;
using Readout.Storage;

namespace Readout.Web;

/// <summary>
/// Open connections to the store (a SQLite file or a PostgreSQL database, as <see cref="ArticleStores.Open"/>
/// reads its location), one per concurrent request: a connection serves one thread at a time, and
/// opening one takes the write lock briefly, so connections are kept rather than opened per request.
/// A connection whose work failed is closed rather than kept, and so are the idle ones: a PostgreSQL
/// server that restarted or dropped them would otherwise fail every later request that took one.
/// </summary>
public sealed class StorePool(WebSettings settings) : IDisposable
{
    private readonly ConcurrentBag<IArticleStore> idle = [];

    public T Use<T>(Func<IArticleStore, T> work)
    {
        var store = idle.TryTake(out var open) ? open : ArticleStores.Open(settings.Db);
        T result;
        try
        {
            result = work(store);
        }
        catch
        {
            store.Dispose();

            // The server that dropped this connection most likely dropped the idle ones too.
            while (idle.TryTake(out var other))
            {
                other.Dispose();
            }

            throw;
        }

        idle.Add(store);
        return result;
    }

    public void Dispose()
    {
        while (idle.TryTake(out var store))
        {
            store.Dispose();
        }
    }
}
