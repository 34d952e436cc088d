using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Readout.Tests.Support;

/// <summary>
/// A hostile HTTP server on 127.0.0.1 that writes whatever bytes a test wants after reading the
/// request head: a body shorter than its Content-Length, a body trickled byte by byte, corrupt gzip,
/// odd redirects. Each connection is answered by the handler for the request path, then closed.
/// </summary>
public sealed class RawHttpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Dictionary<string, Func<NetworkStream, CancellationToken, Task>> routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();

    public RawHttpServer()
    {
        listener.Start();
        BaseUrl = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        _ = Task.Run(AcceptAsync);
    }

    public string BaseUrl { get; }

    /// <summary>Answers <paramref name="path"/> with <paramref name="respond"/>, which writes the raw response.</summary>
    public string Serve(string path, Func<NetworkStream, CancellationToken, Task> respond)
    {
        routes[path] = respond;
        return BaseUrl + path;
    }

    /// <summary>Answers <paramref name="path"/> with a head and a body, as given (the head is written as is, CRLF line ends added).</summary>
    public string Serve(string path, string head, byte[] body) => Serve(path, async (stream, token) =>
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Replace("\n", "\r\n") + "\r\n\r\n"), token);
        await stream.WriteAsync(body, token);
    });

    public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    public void Dispose()
    {
        stopping.Cancel();
        listener.Stop();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(client));
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var head = new StringBuilder();
                var buffer = new byte[1];
                while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await stream.ReadAsync(buffer, stopping.Token) == 1)
                {
                    head.Append((char)buffer[0]);
                }

                var path = head.ToString().Split(' ', 3) is [_, var target, _] ? target : "/";
                if (routes.TryGetValue(path, out var respond))
                {
                    await respond(stream, stopping.Token);
                }
                else
                {
                    await stream.WriteAsync(Ascii("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"), stopping.Token);
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
            {
            }
        }
    }
}
