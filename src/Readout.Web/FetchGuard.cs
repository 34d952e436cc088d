using System.Net;
using System.Net.Sockets;
using Readout.Ingest;

namespace Readout.Web;

/// <summary>
/// What the web app may fetch: http and https only, and (unless allowed) no loopback, link-local,
/// private, shared or multicast address. The check runs when each connection opens, after name
/// resolution and on every redirect, so a name that resolves inside the network is refused too.
/// </summary>
public static class FetchGuard
{
    /// <summary>Why <paramref name="url"/> is not fetched; null when it may be.</summary>
    public static string? Refusal(string url, bool allowPrivate)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "only http and https URLs are fetched";
        }

        return !allowPrivate && IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IsInternal(address)
            ? $"{uri.Host} is a loopback, link-local or private address; this server does not fetch those"
            : null;
    }

    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] is 0 or 10 or 127 || b[0] >= 224
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] is >= 16 and <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 100 && b[1] is >= 64 and <= 127);
        }

        var bytes = address.GetAddressBytes();
        return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (bytes[0] & 0xFE) == 0xFC;
    }

    /// <summary>An HTTP client like the CLI's whose connections refuse internal addresses unless <paramref name="allowPrivate"/>.</summary>
    public static HttpClient Client(IngestOptions options, bool allowPrivate)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = Math.Max(1, options.MaxRedirects),
            AutomaticDecompression = DecompressionMethods.All,
            ConnectCallback = async (context, cancellation) =>
            {
                var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellation);
                var allowed = addresses.Where(a => allowPrivate || !IsInternal(a)).ToList();
                if (allowed.Count == 0)
                {
                    throw new HttpRequestException($"{context.DnsEndPoint.Host} resolves to a loopback, link-local or private address; this server does not fetch those");
                }

                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync([.. allowed], context.DnsEndPoint.Port, cancellation);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        var client = new HttpClient(handler) { Timeout = options.Timeout };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Readout/1.0 (+news reconciliation)");
        return client;
    }
}
