using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Readout.Core;

namespace Readout.Ingest;

/// <summary>Reads RSS 2.0 and Atom feeds: each item or entry becomes an article.</summary>
public static class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    public static bool LooksLikeFeed(string text)
    {
        var head = text.Length > 2048 ? text[..2048] : text;
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase);
    }

    /// <param name="idPrefix">Prefix of item ids (the feed's file stem).</param>
    public static IReadOnlyList<Article> Read(string xml, string origin, string idPrefix)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml);
        }
        catch (XmlException e)
        {
            throw new InputException($"feed is not well-formed XML ({e.Message})");
        }

        var root = document.Root!;
        var (feedTitle, items) = root.Name.LocalName switch
        {
            "rss" => (root.Element("channel")?.Element("title")?.Value, root.Element("channel")?.Elements("item").Select(RssItem).ToList()),
            "feed" => (root.Element(Atom + "title")?.Value, root.Elements(Atom + "entry").Select(AtomEntry).ToList()),
            _ => throw new InputException($"XML root <{root.Name.LocalName}> is neither an RSS <rss> nor an Atom <feed>"),
        };

        return (items ?? [])
            .Where(item => !string.IsNullOrWhiteSpace(item.Text))
            .Select(item => new Article(
                Id: $"{idPrefix}-{ShortHash(item.Link ?? item.Title ?? item.Text)}",
                RawText: item.Text,
                Origin: $"{origin}#{item.Link ?? item.Title}",
                Source: string.IsNullOrWhiteSpace(feedTitle) ? null : feedTitle.Trim(),
                Url: item.Link,
                Published: item.Published,
                Title: item.Title))
            .ToList();
    }

    private sealed record FeedItem(string? Title, string? Link, string? Published, string Text);

    private static FeedItem RssItem(XElement item)
    {
        var html = item.Element(Content + "encoded")?.Value ?? item.Element("description")?.Value ?? string.Empty;
        var date = item.Element("pubDate")?.Value ?? item.Element(DublinCore + "date")?.Value;
        return new FeedItem(item.Element("title")?.Value.Trim(), item.Element("link")?.Value.Trim(), FeedDate(date), HtmlArticleReader.BlockText(html));
    }

    private static FeedItem AtomEntry(XElement entry)
    {
        var link = entry.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value;
        var html = entry.Element(Atom + "content")?.Value ?? entry.Element(Atom + "summary")?.Value ?? string.Empty;
        var date = entry.Element(Atom + "published")?.Value ?? entry.Element(Atom + "updated")?.Value;
        return new FeedItem(entry.Element(Atom + "title")?.Value.Trim(), link, FeedDate(date), HtmlArticleReader.BlockText(html));
    }

    /// <summary>RSS uses RFC 822 dates ("Sun, 28 Dec 2025 14:00:00 GMT"), Atom ISO-8601.</summary>
    private static string? FeedDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        string[] rfc822 = ["ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz"];
        var normalizedZone = System.Text.RegularExpressions.Regex.Replace(trimmed, @"([+-]\d\d)(\d\d)$", "$1:$2");
        if (DateTimeOffset.TryParseExact(normalizedZone, rfc822, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return value.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        }

        return PublishedDates.Normalize(trimmed);
    }

    public static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..10];
}
