using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Readout.Core;

namespace Readout.Cleaning;

/// <summary>
/// Removes page chrome from scraped article text line by line (widgets, calls to action,
/// outlet banners and sign-offs) while keeping every sentence, and records the offset map
/// back to the raw text. Also reads the outlet and its cited source from the text itself.
/// </summary>
public static partial class TextCleaner
{
    /// <summary>The lines of boilerplate.txt as one alternation: a line is chrome when any of them matches.</summary>
    private static readonly Lazy<WarmingRegex> ChromeLine = new(() => AnyOf("Cleaning/boilerplate.txt"));

    private static readonly Lazy<WarmingRegex> ChromeBlockHeading = new(() => AnyOf("Cleaning/boilerplate-blocks.txt"));

    /// <summary>
    /// The credit patterns, compiled once a run has read a thousand texts: compiling them costs about
    /// 0.12 s of CPU and saves about 0.1 ms a text, so a shorter run is faster without it.
    /// </summary>
    private static readonly Lazy<WarmingRegex[]> WireCredits = new(() => [.. DataFile.Lines("Cleaning/wire-credits.txt").Select(pattern => new WarmingRegex(
        pattern.Replace("{outlet}", OutletAlternation(), StringComparison.Ordinal), RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout, interpretedUses: 1000))]);

    /// <param name="raw">The text as read.</param>
    /// <param name="ownOutlet">The outlet the metadata names, if any: crediting it is no citation.</param>
    public static CleanedText Clean(string raw, string? ownOutlet = null)
    {
        var lines = SplitLines(raw);
        var kept = new bool[lines.Count];
        string? outlet = null;
        for (var i = 0; i < lines.Count; i++)
        {
            kept[i] = lines[i].Length > 0 && !IsChrome(lines[i].Of(raw));
        }

        DropChromeBlocks(raw, lines, kept);

        var nonEmpty = Enumerable.Range(0, lines.Count).Where(i => kept[i]).ToList();
        foreach (var i in nonEmpty.Take(3))
        {
            if (BannerOutlet(lines[i].Of(raw)) is { } banner)
            {
                outlet ??= banner;
                kept[i] = false;
            }
        }

        string? creditedSource = null;
        foreach (var i in Enumerable.Range(0, lines.Count).Where(i => lines[i].Length > 0).TakeLast(3))
        {
            var line = lines[i].Of(raw);
            if (SignOffOutlet(line) is { } signOff)
            {
                outlet ??= signOff;
                kept[i] = false;
            }
            else if (CreditRegex().Match(line.Trim()) is { Success: true } credit)
            {
                outlet ??= OutletName(credit.Groups["outlet"].Value);
                creditedSource = OutletName(credit.Groups["cited"].Value);
                kept[i] = false;
            }
        }

        var (text, map) = Join(raw, lines, kept);
        var (reporter, cited) = FindCitation(text);
        var own = ownOutlet ?? outlet ?? reporter;
        return new CleanedText(text, map, outlet ?? reporter ?? DatelineOutlet(text), cited ?? WireCredit(text, own) ?? creditedSource);
    }

    /// <summary>
    /// The earliest credit to a known outlet other than <paramref name="ownOutlet"/>: "(Reuters) -",
    /// "according to Reuters", "citing TASS", "told Axios" (<c>wire-credits.txt</c>).
    /// </summary>
    public static string? WireCredit(string text, string? ownOutlet)
    {
        return WireCredits.Value
            .SelectMany(pattern => pattern.Next().Matches(text))
            .Select(match => (match.Groups["cited"].Index, Name: OutletName(match.Groups["cited"].Value)))
            .Where(credit => !Outlets.Same(credit.Name, ownOutlet))
            .OrderBy(credit => credit.Index)
            .Select(credit => credit.Name)
            .FirstOrDefault();
    }

    /// <summary>Every name and alias of a known outlet, longest first, as one regex alternation.</summary>
    private static string OutletAlternation() =>
        "(?:" + string.Join('|', Outlets.All
            .SelectMany(outlet => outlet.Aliases.Prepend(outlet.Name))
            .Where(name => Letters.AnyUpper(name))
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(name => name.Length).ThenBy(name => name, StringComparer.Ordinal)
            .Select(Regex.Escape)) + ")";

    public static bool IsChrome(string line)
    {
        var trimmed = line.Trim();
        return ChromeLine.Value.Next().IsMatch(trimmed);
    }

    /// <summary>
    /// A short top line that names the outlet: a known outlet ("News.Az"), a name followed by a
    /// dash ("russia today -"), or an all-capitals masthead ("THE HARBOUR TIMES").
    /// </summary>
    public static string? BannerOutlet(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length > 40)
        {
            return null;
        }

        var name = trimmed.TrimEnd('-', '–', '—', '|', ':', ' ');
        if (Outlets.Find(name) is { } known)
        {
            return known.Name;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var dashed = name.Length < trimmed.Length && trimmed.TrimEnd().EndsWith('-') || trimmed.EndsWith('–') || trimmed.EndsWith('—');
        var masthead = name.Any(char.IsLetter) && name.Where(char.IsLetter).All(char.IsUpper) && !name.EndsWith('.');
        return words.Length is > 0 and <= 4 && (dashed || masthead) ? name : null;
    }

    /// <summary>
    /// A closing line that only names an outlet: "News.Az", "— Reuters", "Source: TASS",
    /// "© The Harbour Times" (an unknown name counts when a dash, "Source:" or © marks it).
    /// </summary>
    public static string? SignOffOutlet(string line)
    {
        var match = SignOffRegex().Match(line.Trim());
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.Trim();
        return Outlets.Find(name)?.Name ?? (match.Groups["mark"].Success && name.Split(' ').Length <= 5 ? name : null);
    }

    /// <summary>Drops a chrome heading ("Most read", "Related news") and the rest of its block.</summary>
    private static void DropChromeBlocks(string raw, List<TextSpan> lines, bool[] kept)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Of(raw).Trim();
            if (line.Length == 0 || !ChromeBlockHeading.Value.Next().IsMatch(line))
            {
                continue;
            }

            for (var j = i; j < lines.Count && lines[j].Length > 0; j++)
            {
                kept[j] = false;
            }
        }
    }

    /// <summary>One regex for the lines of a data file; it is tried on every line, so it is compiled once a run has read as many lines as several hundred articles hold.</summary>
    private static WarmingRegex AnyOf(string dataFile) =>
        new(string.Join('|', DataFile.Lines(dataFile).Select(pattern => $"(?:{pattern})")), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout, interpretedUses: 20_000);

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

    private static List<TextSpan> SplitLines(string raw)
    {
        var lines = new List<TextSpan>();
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

                lines.Add(new TextSpan(s, e));
                start = i + 1;
            }
        }

        return lines;
    }

    private static (string Text, OffsetMap Map) Join(string raw, List<TextSpan> lines, bool[] kept)
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

    [GeneratedRegex(@"^(?<mark>[-–—]\s*|source:\s*|©\s*|\(c\)\s*)?(?<name>[\w.\- ]{2,40}?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex SignOffRegex();

    [GeneratedRegex(@"^(?:[-–—]\s*)?(?<outlet>[\w.\- ]{2,40}), with (?:additional )?reporting (?:by|from) (?:the )?(?<cited>[\w.\- ]{2,60}?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex CreditRegex();

    [GeneratedRegex(@"(?<outlet>\b[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3}) (?:reports|reported|writes|wrote|says|said),? citing (?:the )?(?<cited>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3})")]
    private static partial Regex CitingRegex();

    [GeneratedRegex(@"^[A-Z][A-Z .'\-]{1,40},[^\n(]{0,40}\((?<name>[^)\n]{2,40})\)\s*[-–—]")]
    private static partial Regex DatelineRegex();
}
