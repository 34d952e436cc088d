using System.Xml;
using System.Xml.Linq;
using Readout.Ingest;

namespace Readout.Watch;

/// <summary>
/// Reads a list of sources to watch: an OPML outline (every <c>xmlUrl</c>, else <c>url</c>) or a
/// plain list, one source a line, with blank lines and '#' comments skipped.
/// </summary>
public static class SourceList
{
    /// <exception cref="InputException">The file is missing, unreadable, or an OPML file that is not XML.</exception>
    public static IReadOnlyList<string> Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(File.Exists(path) ? $"cannot read source list ({e.Message})" : "source list not found");
        }

        return LooksLikeOpml(path, text) ? ParseOpml(text) : ParsePlain(text);
    }

    public static IReadOnlyList<string> ParsePlain(string text) =>
        text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<string> ParseOpml(string text)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(text, LoadOptions.None);
        }
        catch (XmlException e)
        {
            throw new InputException($"OPML source list is not well-formed XML ({e.Message})");
        }

        return document.Descendants()
            .Where(element => element.Name.LocalName == "outline")
            .Select(outline => ((string?)outline.Attribute("xmlUrl") ?? (string?)outline.Attribute("url"))?.Trim())
            .OfType<string>()
            .Where(url => url.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static bool LooksLikeOpml(string path, string text) =>
        Path.GetExtension(path).Equals(".opml", StringComparison.OrdinalIgnoreCase)
        || text.TrimStart().StartsWith("<?xml", StringComparison.Ordinal) && text.Contains("<opml", StringComparison.OrdinalIgnoreCase);
}
