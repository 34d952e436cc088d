using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Readout.Tests.Fuzz;

/// <summary>A generated input file: its extension (which picks the reader) and its bytes.</summary>
public sealed record FuzzFile(string Extension, byte[] Bytes)
{
    public override string ToString() => $"{Extension} ({Bytes.Length} bytes): {Convert.ToBase64String(Bytes)}";
}

/// <summary>Generators of hostile inputs, built from the pieces that stress each reader.</summary>
public static class FuzzInputs
{
    private static readonly string[] Words =
    [
        "the", "minister", "said", "Putin", "Zelensky", "met", "in", "Vienna", "on", "Monday", "talks", "agreed", "called", "5,000",
        "$1.2", "billion", "3 p.m.", "2025-03-04", "Mr.", "U.S.", ".", ",", "\"", "“", "”", "'", "’s", "—", "(", ")", "\n", "\n\n", " ", " ",
        "é", "\u0301", "\u200b", "😀", "\ufffd", "\u202e", "\u001b[2J", "\u001b]52;c;ZXZpbA==\u0007", "\u009b31m", "\u0000", "\r",
        new string('9', 320), "1e309", "-0", "NaN", "Infinity", "9999-99-99", "24:61", "00:00", "ninety-nine million", "a hundred",
        "He", "She", "they", "“We will not,” he said.", "according to Reuters", "(AP) —", "http://x.example/a?b=c", "@handle", "#tag",
    ];

    private static readonly string[] HtmlPieces =
    [
        "<html>", "<html lang=\"\">", "<html lang=\"de\">", "<head>", "</head>", "<body>", "</body>", "<meta charset=\"utf-7\">",
        "<meta charset=x-unknown-7>", "<meta charset=\"utf-16\">", "<title>", "</title>", "<p>", "</p>", "<article>", "</article>",
        "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "]]>", "&#xD800;", "&#0;", "&amp;", "&#9999999999;", "&nbsp;",
        "<div class=\"content\">", "</div>", "<br>", "<table><tr><td>", "<h1>", "</h1>", "<a href=\"javascript:alert(1)\">",
        "<meta property=\"article:published_time\" content=\"9999-99-99T99:99\">", "<meta property=\"og:site_name\" content=\"\u001b]0;x\u0007\">",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":", "}</script>", "<time datetime=\"", "\">",
        "<svg><foreignObject>", "<template>", "<iframe srcdoc=\"<p>x</p>\">", "<", ">", "/", "=", "\"", "'",
    ];

    private static readonly string[] FeedPieces =
    [
        "<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"utf-7\"?>", "<rss version=\"2.0\">", "</rss>", "<channel>", "</channel>",
        "<item>", "</item>", "<title>", "</title>", "<link>", "</link>", "<link href=\"", "\"/>", "<description>", "</description>",
        "<pubDate>", "</pubDate>", "Tue, 04 Mar 2025 10:00:00 GMT", "Feb 30 2025", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "</feed>",
        "<entry>", "</entry>", "<content type=\"html\">", "</content>", "<updated>", "</updated>", "&lt;p&gt;", "&lt;/p&gt;", "<![CDATA[", "]]>",
        "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>", "&b;", "&undefined;", "<guid>", "</guid>",
        "javascript:alert(1)", "file:///etc/passwd", "http://x.example/p",
    ];

    private static readonly string[] ManifestValues =
    [
        "\"a\"", "\"b\"", "\"\"", "\" \"", "null", "1", "1e309", "-1", "true", "[]", "{}", "\"\\ud800\"", "\"x\\udc00y\"", "\"\\u001b[2J\"",
        "\"Talks ended on Monday, the minister said.\"", "\"good.txt\"", "\"../../../../etc/passwd\"", "\"/\"", "\".\"", "\"sub\"", "\"m.jsonl\"",
        "\"nowhere.txt\"", "\"2025-03-04\"", "\"2025-13-45\"", "\"9999-99-99T99:99:99Z\"", "\"en\"", "\"de\"", "\"\\u0000\"", $"\"{new string('9', 400)}\"",
    ];

    private static readonly string[] ManifestFields = ["id", "path", "text", "source", "url", "published", "language", "title", "id", "text"];

    private static readonly byte[][] BytePieces =
    [
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0x00, 0x00], [0x00], [0xFF], [0x80], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80],
        [0x1B], [0x9B], [0x0D], [0x0A], [0x1F, 0x8B, 0x08], .. new[] { "<html>", "<?xml", "{\"id\":", "charset=utf-7", "<rss>", "\n", "text " }.Select(Encoding.UTF8.GetBytes),
    ];

    private static Gen<string> Joined(string[] pieces, Gen<string>? extra = null) =>
        (extra is null ? Gen.Elements(pieces) : Gen.Frequency((4, Gen.Elements(pieces)), (1, extra))).ListOf().Select(parts => string.Concat(parts));

    /// <summary>News-like text with hostile pieces mixed in.</summary>
    public static Gen<string> Text { get; } = Joined(Words);

    public static Gen<string> Html { get; } = Joined(HtmlPieces, Text);

    public static Gen<string> Feed { get; } = Joined(FeedPieces, Joined(Words));

    /// <summary>Manifest lines: JSON objects of known fields with odd values, and garbage lines.</summary>
    public static Gen<string> Manifest { get; } =
        Gen.Frequency(
            (6, Gen.Zip(Gen.Elements(ManifestFields), Gen.Elements(ManifestValues)).ListOf()
                .Select(fields => "{" + string.Join(", ", fields.Select(f => $"\"{f.Item1}\": {f.Item2}")) + "}")),
            (1, Joined(Words)),
            (1, Gen.Elements("{", "}", "[{\"id\":\"a\"}]", "{\"id\": \"a\", \"text\": \"x\"", "\"just a string\"", "{\"id\":\"a\",\"id\":\"b\",\"text\":\"t\"}")))
        .ListOf().Select(lines => string.Join('\n', lines));

    /// <summary>Random bytes mixed with byte-order marks, invalid UTF-8, escapes and the heads of each format.</summary>
    public static Gen<byte[]> ByteSoup { get; } =
        Gen.Frequency(
            (3, Gen.Choose(0, 255).Select(b => new[] { (byte)b })),
            (2, Gen.Elements(BytePieces)),
            (2, Gen.Elements(Words).Select(Encoding.UTF8.GetBytes)))
        .ListOf().Select(parts => parts.SelectMany(p => p).ToArray());

    /// <summary>A file in any of the formats (by extension) holding bytes of any of the generators.</summary>
    public static Gen<FuzzFile> AnyFile { get; } =
        Gen.Zip(
            Gen.Elements(".txt", ".html", ".xml", ".rss", ".atom", ".jsonl", ".htm", string.Empty),
            Gen.OneOf(
                ByteSoup,
                Text.Select(Encoding.UTF8.GetBytes),
                Html.Select(Encoding.UTF8.GetBytes),
                Feed.Select(Encoding.UTF8.GetBytes),
                Manifest.Select(Encoding.UTF8.GetBytes)))
        .Select(pair => new FuzzFile(pair.Item1, pair.Item2));
}
