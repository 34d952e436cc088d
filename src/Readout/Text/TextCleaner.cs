using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Readout.Data;

namespace Readout.Text;

/// <summary>
/// Removes page chrome from scraped article text line by line (widgets, calls to action,
/// outlet banners and sign-offs) while keeping every sentence, and records the offset map
/// back to the raw text. Also reads the outlet and its cited source from the text itself.
/// </summary>
public static partial class TextCleaner
{
    private static readonly Lazy<Regex[]> ChromePatterns = new(() =>
        DataFile.Lines("boilerplate.txt")
            .Select(pattern => new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            .ToArray());

    public static CleanedText Clean(string raw)
    {
        var lines = SplitLines(raw);
        var kept = new bool[lines.Count];
        string? outlet = null;
        for (var i = 0; i < lines.Count; i++)
        {
            kept[i] = lines[i].Length > 0 && !IsChrome(lines[i].Of(raw));
        }

        var nonEmpty = Enumerable.Range(0, lines.Count).Where(i => kept[i]).ToList();
        foreach (var i in nonEmpty.Take(3))
        {
            if (BannerOutlet(lines[i].Of(raw)) is { } banner)
            {
                outlet ??= banner;
                kept[i] = false;
            }
        }

        foreach (var i in nonEmpty.TakeLast(2))
        {
            if (kept[i] && SignOffOutlet(lines[i].Of(raw)) is { } signOff)
            {
                outlet ??= signOff;
                kept[i] = false;
            }
        }

        var (text, map) = Join(raw, lines, kept);
        var (reporter, cited) = FindCitation(text);
        return new CleanedText(text, map, outlet ?? reporter ?? DatelineOutlet(text), cited);
    }

    public static bool IsChrome(string line)
    {
        var trimmed = line.Trim();
        return ChromePatterns.Value.Any(pattern => pattern.IsMatch(trimmed));
    }

    /// <summary>A short top line that names a known outlet, usually followed by a dash: "russia today -".</summary>
    public static string? BannerOutlet(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length > 40)
        {
            return null;
        }

        var name = trimmed.TrimEnd('-', '–', '—', '|', ':', ' ');
        return Outlets.Find(name)?.Name;
    }

    /// <summary>A closing line that only names an outlet: "News.Az", "— Reuters", "Source: TASS".</summary>
    public static string? SignOffOutlet(string line)
    {
        var match = SignOffRegex().Match(line.Trim());
        return match.Success ? Outlets.Find(match.Groups["name"].Value)?.Name : null;
    }

    /// <summary>"News.Az reports, citing TASS" gives the reporting outlet and the cited one.</summary>
    public static (string? Outlet, string? Cited) FindCitation(string text)
    {
        var head = text.Length > 3000 ? text[..3000] : text;
        var match = CitingRegex().Match(head);
        if (!match.Success)
        {
            return (null, null);
        }

        return (OutletName(match.Groups["outlet"].Value), OutletName(match.Groups["cited"].Value));
    }

    private static string OutletName(string written)
    {
        var name = written.TrimEnd('.');
        return Outlets.Find(name)?.Name ?? name;
    }

    /// <summary>A wire dateline at the start of the text: "MOSCOW, Dec 28 (Reuters) -".</summary>
    public static string? DatelineOutlet(string text)
    {
        var match = DatelineRegex().Match(text);
        return match.Success ? Outlets.Find(match.Groups["name"].Value)?.Name : null;
    }

    private static List<Pipeline.TextSpan> SplitLines(string raw)
    {
        var lines = new List<Pipeline.TextSpan>();
        var start = 0;
        for (var i = 0; i <= raw.Length; i++)
        {
            if (i == raw.Length || raw[i] == '\n')
            {
                var s = start;
                var e = i;
                while (s < e && char.IsWhiteSpace(raw[s]))
                {
                    s++;
                }

                while (e > s && char.IsWhiteSpace(raw[e - 1]))
                {
                    e--;
                }

                lines.Add(new Pipeline.TextSpan(s, e));
                start = i + 1;
            }
        }

        return lines;
    }

    private static (string Text, OffsetMap Map) Join(string raw, List<Pipeline.TextSpan> lines, bool[] kept)
    {
        var builder = new StringBuilder(raw.Length);
        var segments = ImmutableArray.CreateBuilder<OffsetSegment>();
        var blankSincePrevious = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                blankSincePrevious = true;
                continue;
            }

            if (!kept[i])
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(blankSincePrevious ? "\n\n" : "\n");
            }

            segments.Add(new OffsetSegment(builder.Length, line.Start, line.Length));
            builder.Append(raw, line.Start, line.Length);
            blankSincePrevious = false;
        }

        return (builder.ToString(), new OffsetMap(segments.ToImmutable()));
    }

    [GeneratedRegex(@"^(?:[-–—]\s*|source:\s*|©\s*|\(c\)\s*)?(?<name>[\w.\- ]{2,40}?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex SignOffRegex();

    [GeneratedRegex(@"(?<outlet>\b[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3}) (?:reports|reported|writes|wrote|says|said),? citing (?:the )?(?<cited>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3})")]
    private static partial Regex CitingRegex();

    [GeneratedRegex(@"^[A-Z][A-Z .'\-]{1,40},[^\n(]{0,40}\((?<name>[^)\n]{2,40})\)\s*[-–—]")]
    private static partial Regex DatelineRegex();
}
