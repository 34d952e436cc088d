using System.Collections.Frozen;
using Readout.Core;

namespace Readout.Cleaning;

/// <summary>The outlets Readout knows by name, looked up by any alias, case-insensitively.</summary>
public static class Outlets
{
    private static readonly Lazy<FrozenDictionary<string, Outlet>> ByAlias = new(Build);

    public static IEnumerable<Outlet> All => ByAlias.Value.Values.Distinct();

    public static Outlet? Find(string name) =>
        ByAlias.Value.TryGetValue(name.Trim().TrimEnd('.', ':', '-', '–', '—').Trim(), out var outlet) ? outlet : null;

    /// <summary>
    /// Whether two written names are one outlet: the same known outlet, or the same name once a
    /// web address is reduced to its site name ("tass.com" is TASS, "www.rt.com" is RT).
    /// </summary>
    public static bool Same(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        var (knownA, knownB) = (Find(a) ?? Find(SiteName(a)), Find(b) ?? Find(SiteName(b)));
        return knownA is not null || knownB is not null
            ? knownA == knownB
            : string.Equals(SiteName(a), SiteName(b), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"www.tass.com" gives "tass"; a name that is no web address is returned as written.</summary>
    private static string SiteName(string name)
    {
        var trimmed = name.Trim().ToLowerInvariant();
        if (trimmed.Contains(' ') || !trimmed.Contains('.'))
        {
            return name.Trim();
        }

        var labels = trimmed.Split('.', StringSplitOptions.RemoveEmptyEntries).Where(label => label != "www").ToList();
        return labels.Count >= 2 ? labels[^2] : labels.FirstOrDefault() ?? name.Trim();
    }

    private static FrozenDictionary<string, Outlet> Build()
    {
        var map = new Dictionary<string, Outlet>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in DataFile.Rows("Cleaning/outlets.tsv", 4))
        {
            var aliases = row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var outlet = new Outlet(row[0], aliases, row[2], row[3]);
            foreach (var alias in aliases.Prepend(row[0]))
            {
                map.TryAdd(alias, outlet);
            }
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
