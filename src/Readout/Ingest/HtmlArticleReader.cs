using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Readout.Core;

namespace Readout.Ingest;

/// <summary>
/// Extracts the main text of a news page (by content scoring, <see cref="HtmlMainText"/>, with
/// SmartReader as the fallback where that finds nothing) and its metadata (title, date, outlet,
/// language) from meta tags, JSON-LD, time elements and og:site_name.
/// </summary>
public static class HtmlArticleReader
{
    private static readonly string[] PublishedMetaNames =
    [
        "article:published_time", "og:published_time", "datePublished", "date", "pubdate", "publishdate",
        "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
    ];

    public static HtmlPage Read(string html, string? url)
    {
        var document = new HtmlParser().ParseDocument(html);
        var jsonLd = JsonLdArticle(document);
        var meta = MetaContents(document);
        string? Meta(string name) => meta.GetValueOrDefault(name);
        var title = Meta("og:title") ?? jsonLd?.Headline ?? document.Title?.Trim();
        var published = PublishedMetaNames.Select(Meta).FirstOrDefault(value => value is not null)
            ?? jsonLd?.Published
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        var outlet = Meta("og:site_name") ?? jsonLd?.Publisher ?? Meta("application-name");
        var language = document.DocumentElement.GetAttribute("lang") ?? Meta("og:locale") ?? Meta("language");
        var text = MainText(html, url, document);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException("HTML page has no main text");
        }

        return new HtmlPage(text, NullIfBlank(title), PublishedDates.Normalize(published), NullIfBlank(outlet), LanguageCode(language));
    }

    /// <summary>The charset a page declares in a meta tag, read from its first bytes.</summary>
    public static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = System.Text.Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = System.Text.RegularExpressions.Regex.Match(head, @"charset\s*=\s*[""']?(?<cs>[\w\-]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return match.Success ? match.Groups["cs"].Value : null;
    }

    /// <summary>The page's main text. Called after the metadata is read, since the content scoring prunes the document.</summary>
    private static string MainText(string html, string? url, IDocument document)
    {
        var scored = HtmlMainText.Extract(document);
        if (scored.Length > 0)
        {
            return scored;
        }

        var reader = new SmartReader.Reader(url ?? "https://localhost/", html);
        var article = reader.GetArticle();
        return article.IsReadable ? BlockText(article.Content) : string.Empty;
    }

    /// <summary>Block-level text of the extracted article HTML, one paragraph a block.</summary>
    public static string BlockText(string articleHtml)
    {
        var document = new HtmlParser().ParseDocument(articleHtml);
        var blocks = document.Body?.QuerySelectorAll("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td")
            .Where(element => !element.Ancestors<IElement>().Any(a => a.LocalName is "p" or "li" or "blockquote" or "pre" or "td" or "figcaption"))
            .Select(element => Normalize(element.TextContent))
            .Where(text => text.Length > 0)
            .ToList() ?? [];
        return blocks.Count > 0 ? string.Join("\n\n", blocks) : Normalize(document.Body?.TextContent ?? string.Empty);
    }

    public static string Normalize(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text.Replace('\u00a0', ' '), @"\s+", " ").Trim();

    /// <summary>The first non-blank content of each meta property, name or itemprop, keys compared case-insensitively.</summary>
    private static Dictionary<string, string> MetaContents(IDocument document)
    {
        var contents = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            if (key is not null && NullIfBlank(element.GetAttribute("content")) is { } content)
            {
                contents.TryAdd(key, content);
            }
        }

        return contents;
    }

    private sealed record JsonLdFields(string? Headline, string? Published, string? Publisher);

    private static JsonLdFields? JsonLdArticle(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (FindArticle(json.RootElement) is { } found)
                {
                    return found;
                }
            }
            catch (JsonException)
            {
            }
        }

        return null;
    }

    private static JsonLdFields? FindArticle(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().Select(FindArticle).FirstOrDefault(found => found is not null);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("@graph", out var graph))
        {
            return FindArticle(graph);
        }

        if (!element.TryGetProperty("datePublished", out var published) && !element.TryGetProperty("headline", out _))
        {
            return null;
        }

        string? Str(JsonElement parent, string name) =>
            parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        var publisher = element.TryGetProperty("publisher", out var p) && p.ValueKind == JsonValueKind.Object ? Str(p, "name") : null;
        return new JsonLdFields(Str(element, "headline"), published.ValueKind == JsonValueKind.String ? published.GetString() : null, publisher);
    }

    private static string? LanguageCode(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        var code = language.Trim().Split('-', '_')[0].ToLowerInvariant();
        return code.Length is 2 or 3 ? code : null;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
