using System.Collections.Immutable;
using Readout.Cleaning;
using Readout.Core;

namespace Readout.Entities;

/// <summary>Every name and title of the knowledge base, indexed by the keys of its units; finds the longest match at each place.</summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Built = new(Build);

    private readonly Dictionary<string, List<Phrase>> phrases = [];

    /// <summary>Every key and every start of a key that ends before one of its spaces: a text whose units read as none of these starts no phrase.</summary>
    private readonly HashSet<string> keyStarts = [];
    private int longest;

    public static Gazetteer Standard => Built.Value;

    /// <summary>The longest known phrase starting at each unit, left to right, without overlaps.</summary>
    public ImmutableArray<PhraseHit> Scan(ImmutableArray<NameUnit> units)
    {
        var hits = ImmutableArray.CreateBuilder<PhraseHit>();
        var i = 0;
        while (i < units.Length)
        {
            var hit = units[i].IsWord ? LongestAt(units, i) : null;
            if (hit is null)
            {
                i++;
                continue;
            }

            hits.Add(hit);
            i = hit.To;
        }

        return hits.ToImmutable();
    }

    private PhraseHit? LongestAt(ImmutableArray<NameUnit> units, int from)
    {
        if (!keyStarts.Contains(units[from].Key))
        {
            return null;
        }

        List<string> keys = [units[from].Key];
        for (var length = 2; length <= Math.Min(longest, units.Length - from); length++)
        {
            var key = $"{keys[^1]} {units[from + length - 1].Key}";
            if (!keyStarts.Contains(key))
            {
                break;
            }

            keys.Add(key);
        }

        for (var length = keys.Count; length >= 1; length--)
        {
            if (!phrases.TryGetValue(keys[length - 1], out var candidates))
            {
                continue;
            }

            var accepted = Accepted(candidates, units.AsSpan(from, length));
            if (!accepted.IsEmpty)
            {
                return new PhraseHit(from, from + length, accepted);
            }
        }

        return null;
    }

    private static ImmutableArray<Phrase> Accepted(List<Phrase> candidates, ReadOnlySpan<NameUnit> units)
    {
        var accepted = ImmutableArray.CreateBuilder<Phrase>();
        foreach (var phrase in candidates)
        {
            if (phrase.Accepts(units))
            {
                accepted.Add(phrase);
            }
        }

        return accepted.DrainToImmutable();
    }

    private void Add(string surface, PhraseKind kind, KbEntity? entity, KbCountry? country = null, Title? title = null)
    {
        var units = NameUnit.OfPhrase(surface);
        if (units.IsEmpty)
        {
            return;
        }

        var key = string.Join(' ', units.Select(unit => unit.Key));
        if (!phrases.TryGetValue(key, out var list))
        {
            list = [];
            phrases[key] = list;
        }

        list.Add(new Phrase(kind, entity, country, title, units));
        longest = Math.Max(longest, units.Length);
        keyStarts.Add(key);
        for (var space = key.IndexOf(' ', StringComparison.Ordinal); space >= 0; space = key.IndexOf(' ', space + 1))
        {
            keyStarts.Add(key[..space]);
        }
    }

    private static Gazetteer Build()
    {
        var gazetteer = new Gazetteer();
        var store = KnowledgeBase.Contents;
        foreach (var person in store.People)
        {
            foreach (var alias in person.Aliases.Prepend(person.Name))
            {
                gazetteer.Add(alias, PhraseKind.Person, person);
            }
        }

        foreach (var organization in store.Organizations)
        {
            foreach (var alias in organization.Aliases.Prepend(organization.Name))
            {
                gazetteer.Add(alias, PhraseKind.Organization, organization);
            }
        }

        foreach (var outlet in Outlets.All.Where(outlet => outlet.Kind != "government"))
        {
            var entity = new KbEntity(outlet.Name, EntityType.Outlet, outlet.Country, [], null, null, [.. outlet.Aliases], []);
            foreach (var alias in outlet.Aliases.Prepend(outlet.Name))
            {
                gazetteer.Add(alias, PhraseKind.Outlet, entity);
            }
        }

        foreach (var country in store.Countries)
        {
            foreach (var name in country.Entity.Aliases.Prepend(country.Entity.Name))
            {
                gazetteer.Add(name, PhraseKind.Country, country.Entity, country);
            }

            foreach (var adjective in country.Adjectives)
            {
                gazetteer.Add(adjective, PhraseKind.Adjective, country.Entity, country);
            }

            foreach (var demonym in country.Demonyms)
            {
                gazetteer.Add(demonym, PhraseKind.Demonym, country.Entity, country);
            }

            foreach (var capital in country.Capitals)
            {
                gazetteer.Add(capital, PhraseKind.Capital, country.Capital, country);
            }
        }

        foreach (var row in DataFile.Rows("Entities/metonyms.tsv", 3))
        {
            var country = KnowledgeBase.FindCountry(row[1]);
            var target = row[2].Length > 0 ? KnowledgeBase.FindOrganization(row[2]) : country?.Government;
            foreach (var phrase in row[0].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                gazetteer.Add(phrase, PhraseKind.Metonym, target, country);
            }
        }

        foreach (var place in store.Places)
        {
            foreach (var alias in place.Aliases.Prepend(place.Name))
            {
                gazetteer.Add(alias, PhraseKind.Place, place);
            }

            foreach (var adjective in store.PlaceAdjectives[place.Name])
            {
                gazetteer.Add(adjective, PhraseKind.Adjective, place);
            }
        }

        foreach (var (surface, title) in store.Titles)
        {
            gazetteer.Add(surface, PhraseKind.Title, null, title: title);
        }

        return gazetteer;
    }
}
