using System.Net;

namespace Readout.Web;

/// <summary>Whether the addresses the server listens on reach beyond this machine, which then needs a token.</summary>
public static class BindingCheck
{
    /// <summary>Why the server must not start on <paramref name="urls"/> (';'-separated) with <paramref name="token"/>; null when it may.</summary>
    public static string? Problem(string urls, string? token)
    {
        var open = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(url => !IsLoopback(url)).ToList();
        return open.Count > 0 && string.IsNullOrEmpty(token)
            ? $"{string.Join(", ", open)} is reachable from other machines; give a token (--token) that API calls and writes must carry, or bind to 127.0.0.1"
            : null;
    }

    /// <summary>"http://127.0.0.1:5080", "http://[::1]:80" and "http://localhost:5000" are loopback; "http://*:80", "http://0.0.0.0:80" and any other host are not.</summary>
    public static bool IsLoopback(string url)
    {
        var host = HostOf(url);
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }

    private static string HostOf(string url)
    {
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        rest = rest.Split('/')[0];
        if (rest.StartsWith('['))
        {
            return rest[..(rest.IndexOf(']') + 1)];
        }

        var colon = rest.LastIndexOf(':');
        return colon >= 0 ? rest[..colon] : rest;
    }
}
