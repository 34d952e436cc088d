using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Readout.Core;

namespace Readout.Ingest;

/// <summary>
/// Page chrome around an article (menus, share bars, related links, comments, banners),
/// recognised by tag, ARIA role, class/id hints from html-noise.txt, or by being hidden.
/// </summary>
public static partial class HtmlNoise
{
    private sealed record Rules(HashSet<string> Tags, HashSet<string> Roles, Regex Hint, Regex Keep);

    private static readonly Lazy<Rules> Loaded = new(Load);

    /// <summary>Class names repeat across a page and across a site's pages; each is split once.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> PartsCache = new();

    /// <summary>Whether an element is chrome by its tag, role, class/id hints or hidden state.</summary>
    public static bool IsChrome(IElement element)
    {
        var rules = Loaded.Value;
        return rules.Tags.Contains(element.LocalName)
            || (element.GetAttribute("role") is { } role && rules.Roles.Contains(role.Trim().ToLowerInvariant()))
            || IsHidden(element)
            || HasChromeHint(element);
    }

    /// <summary>Whether a class name or the id of an element names a kind of page chrome (and none names an embedded post).</summary>
    public static bool HasChromeHint(IElement element)
    {
        var names = element.ClassList.Append(element.Id ?? string.Empty).Where(name => name.Length > 0).Select(Parts).ToList();
        var rules = Loaded.Value;
        return names.Any(rules.Hint.IsMatch) && !names.Any(rules.Keep.IsMatch);
    }

    /// <summary>"shareBar_top" reads as "share-bar-top", the form the hints are matched against.</summary>
    public static string Parts(string name) => PartsCache.GetOrAdd(name, static name =>
        NonAlphanumericRegex().Replace(CamelHumpRegex().Replace(name, "-"), "-").ToLowerInvariant());

    /// <summary>Removes every chrome element under the root that is not protected.</summary>
    public static void Prune(IElement root, Func<IElement, bool> isProtected)
    {
        foreach (var child in root.Children.ToList())
        {
            if (IsChrome(child) && !isProtected(child))
            {
                child.Remove();
            }
            else
            {
                Prune(child, isProtected);
            }
        }
    }

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden")
        || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
        || (element.GetAttribute("style") is { } style && HiddenStyleRegex().IsMatch(style));

    private static Rules Load()
    {
        var rows = DataFile.Rows("Ingest/html-noise.txt", 2).ToList();
        HashSet<string> Values(string kind) =>
            rows.Where(row => row[0] == kind).Select(row => row[1].Trim().ToLowerInvariant()).ToHashSet();
        Regex Pattern(string kind) => new(
            "(?:^|-)(?:" + string.Join("|", rows.Where(row => row[0] == kind).Select(row => "(?:" + row[1].Trim() + ")")) + ")(?:-|$)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        return new Rules(Values("tag"), Values("role"), Pattern("hint"), Pattern("keep"));
    }

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex CamelHumpRegex();

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NonAlphanumericRegex();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyleRegex();
}
