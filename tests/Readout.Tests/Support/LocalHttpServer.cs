using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Readout.Tests.Support;

/// <summary>A real HTTP server on 127.0.0.1 serving fixed routes, for URL input tests.</summary>
public sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Dictionary<string, Route> routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<string, (int Requests, int NotModified)> hits = new(StringComparer.Ordinal);

    public LocalHttpServer()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        listener.Prefixes.Add(BaseUrl + "/");
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public string Serve(string path, string contentType, string body, TimeSpan? delay = null, int status = 200, string? redirectTo = null, string? etag = null)
    {
        routes[path] = new Route(contentType, Encoding.UTF8.GetBytes(body), delay ?? TimeSpan.Zero, status, redirectTo, etag);
        return BaseUrl + path;
    }

    /// <summary>Requests received for a path, and how many of them the server answered 304 Not Modified.</summary>
    public (int Requests, int NotModified) Hits(string path) =>
        hits.TryGetValue(path, out var count) ? count : (0, 0);

    public void Dispose()
    {
        stopping.Cancel();
        listener.Close();
    }

    private sealed record Route(string ContentType, byte[] Body, TimeSpan Delay, int Status, string? RedirectTo, string? ETag);

    private async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => RespondAsync(context));
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        try
        {
            if (!routes.TryGetValue(context.Request.Url!.AbsolutePath, out var route))
            {
                context.Response.StatusCode = 404;
                context.Response.Close();
                return;
            }

            var path = context.Request.Url.AbsolutePath;
            var notModified = route.ETag is not null && context.Request.Headers["If-None-Match"] == route.ETag;
            hits.AddOrUpdate(path, _ => (1, notModified ? 1 : 0), (_, count) => (count.Requests + 1, count.NotModified + (notModified ? 1 : 0)));
            await Task.Delay(route.Delay, stopping.Token);
            if (notModified)
            {
                context.Response.StatusCode = 304;
                context.Response.Close();
                return;
            }

            if (route.RedirectTo is not null)
            {
                context.Response.StatusCode = 302;
                context.Response.RedirectLocation = route.RedirectTo;
                context.Response.Close();
                return;
            }

            context.Response.StatusCode = route.Status;
            context.Response.ContentType = route.ContentType;
            if (route.ETag is not null)
            {
                context.Response.Headers["ETag"] = route.ETag;
            }

            context.Response.ContentLength64 = route.Body.Length;
            await context.Response.OutputStream.WriteAsync(route.Body, stopping.Token);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException or IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
