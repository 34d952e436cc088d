using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Readout.Web;

/// <summary>
/// The web app and HTTP API over the store. Pages are rendered on the server with every value
/// encoded, under a Content-Security-Policy that runs only this app's own script files. When a
/// token is set, every /api call and every write must carry it; the app refuses to start on an
/// address other machines reach without one.
/// </summary>
public static class ReadoutWebApp
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>The app for <paramref name="args"/> (--urls and ASP.NET Core configuration); <paramref name="settings"/> when given, else the Readout:* configuration.</summary>
    public static WebApplication Create(string[] args, WebSettings? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var urls = builder.Configuration["urls"] ?? PortsOnEveryAddress(builder.Configuration) ?? "http://localhost:5000";
        if (BindingCheck.Problem(urls, settings?.Token ?? builder.Configuration["Readout:Token"]) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        builder.Services.AddSingleton(services => settings ?? WebSettings.From(services.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<StorePool>();
        builder.Services.AddSingleton<StoryCatalog>();
        builder.Services.AddSingleton<StoryPageCache>();
        builder.Services.AddSingleton<IngestService>();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddOptions<KestrelServerOptions>().Configure<WebSettings>((kestrel, web) => kestrel.Limits.MaxRequestBodySize = web.MaxBodyBytes);
        builder.Services.AddOptions<FormOptions>().Configure<WebSettings>((form, web) => form.MultipartBodyLengthLimit = web.MaxBodyBytes);
        var app = builder.Build();
        var web = app.Services.GetRequiredService<WebSettings>();

        // Summarizing every story takes seconds on a large store (2.3 s at 100k articles): start it with
        // the server rather than on the first request. A failure here is met again, and reported, by that request.
        app.Lifetime.ApplicationStarted.Register(() => Task.Run(() => app.Services.GetRequiredService<StoryCatalog>().Current()));

        app.Use(SecurityHeaders);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use((context, next) => Gate(context, next, web));
        app.MapOpenApi();
        ApiEndpoints.Map(app.MapGroup("/api"));
        PageEndpoints.Map(app);
        return app;
    }

    /// <summary>What ASPNETCORE_HTTP_PORTS / HTTPS_PORTS bind to when no URLs are given: those ports on every address.</summary>
    private static string? PortsOnEveryAddress(IConfiguration configuration)
    {
        var urls = new[] { ("http", configuration["http_ports"]), ("https", configuration["https_ports"]) }
            .SelectMany(pair => (pair.Item2 ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(port => $"{pair.Item1}://*:{port}"))
            .ToList();
        return urls.Count > 0 ? string.Join(';', urls) : null;
    }

    /// <summary>Whether the request carries the token, as "Authorization: Bearer TOKEN" or (for the add form) <paramref name="formToken"/>; compared in constant time.</summary>
    public static bool CarriesToken(HttpRequest request, string token, string? formToken = null)
    {
        var header = request.Headers.Authorization.ToString();
        var given = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : formToken ?? string.Empty;
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(token));
    }

    public static IResult Problem(int status, string title, string? detail = null) =>
        Results.Problem(statusCode: status, title: title, detail: detail);

    /// <summary>The security headers on every response, and the time the server spent on it (Server-Timing: app;dur=MILLISECONDS).</summary>
    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var started = Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture, $"app;dur={Stopwatch.GetElapsedTime(started).TotalMilliseconds:F2}");
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next();
    }

    /// <summary>
    /// Before any endpoint: bodies over the limit (413), writes posted from another site's page
    /// (403), and API calls without the token when one is set (401).
    /// </summary>
    private static async Task Gate(HttpContext context, Func<Task> next, WebSettings web)
    {
        var request = context.Request;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = web.MaxBodyBytes;
        }

        IResult? refusal = null;
        if (request.ContentLength > web.MaxBodyBytes)
        {
            refusal = Problem(StatusCodes.Status413PayloadTooLarge, "Request body too large", $"at most {web.MaxBodyBytes} bytes are accepted");
        }
        else if (HttpMethods.IsPost(request.Method) && CrossSite(request) is { } origin)
        {
            refusal = Problem(StatusCodes.Status403Forbidden, "Cross-site write refused", $"a page from {origin} may not write to this server");
        }
        else if (web.Token is { } token && request.Path.StartsWithSegments("/api") && !CarriesToken(request, token))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            refusal = Problem(StatusCodes.Status401Unauthorized, "Token required", "send the server's token as 'Authorization: Bearer TOKEN'");
        }

        if (refusal is not null)
        {
            await refusal.ExecuteAsync(context);
            return;
        }

        await next();
    }

    /// <summary>Where a browser says a write comes from, when that is another site (its Origin, or its Sec-Fetch-Site); null for this site and for clients that are not browsers.</summary>
    private static string? CrossSite(HttpRequest request)
    {
        if (request.Headers["Sec-Fetch-Site"] is [{ } site] && site is not ("same-origin" or "none"))
        {
            return site;
        }

        return request.Headers.Origin is [{ } origin]
            && !(Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase))
            ? origin
            : null;
    }
}
