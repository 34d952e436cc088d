using System.Collections.Frozen;
using Readout.Core;

namespace Readout.Data;

/// <summary>A news outlet or agency from <c>outlets.tsv</c>.</summary>
public sealed record Outlet(string Name, IReadOnlyList<string> Aliases, string Country, string Kind);

/// <summary>The outlets Readout knows by name, looked up by any alias, case-insensitively.</summary>
public static class Outlets
{
    private static readonly Lazy<FrozenDictionary<string, Outlet>> ByAlias = new(Build);

    public static IEnumerable<Outlet> All => ByAlias.Value.Values.Distinct();

    public static Outlet? Find(string name) =>
        ByAlias.Value.TryGetValue(name.Trim().TrimEnd('.', ':', '-', '–', '—').Trim(), out var outlet) ? outlet : null;

    private static FrozenDictionary<string, Outlet> Build()
    {
        var map = new Dictionary<string, Outlet>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in DataFile.Rows("outlets.tsv", 4))
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
