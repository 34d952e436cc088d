namespace Readout.Web;

/// <summary>The frame of every page: head, navigation, the page's own scripts (files, never inline).</summary>
public static class Layout
{
    public static IResult Page(string title, Markup body, params string[] scripts) => Results.Content(Html(title, body, scripts).Html, "text/html; charset=utf-8");

    public static IResult NotFound(string what) => Results.Content(
        Html("Not found", Markup.Of($"<h1>Not found</h1><p>{what}</p><p><a href=\"/\">Back to the timeline</a></p>")).Html,
        "text/html; charset=utf-8",
        statusCode: StatusCodes.Status404NotFound);

    public static Markup Html(string title, Markup body, params string[] scripts) => Markup.Of($"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{title} · Readout</title>
        <link rel="stylesheet" href="/static/site.css">
        {scripts.Select(script => Markup.Of($"<script src=\"/static/{script}\" defer></script>"))}
        </head>
        <body>
        <header class="top"><a class="brand" href="/">Readout</a><nav><a href="/">Timeline</a><a href="/add">Add articles</a><a href="/openapi/v1.json">API</a></nav></header>
        <main>
        {body}
        </main>
        </body>
        </html>
        """);
}
