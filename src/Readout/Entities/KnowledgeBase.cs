using System.Collections.Frozen;
using System.Collections.Immutable;
using Readout.Core;

namespace Readout.Entities;

/// <summary>
/// The built-in knowledge base read from the data files: countries (<c>countries.tsv</c>), people
/// (<c>people.tsv</c>), organizations, places, seats of power (<c>metonyms.tsv</c>), outlets and titles.
/// Every lookup folds case, accents and transliteration endings (<see cref="NameKey"/>).
/// </summary>
public static class KnowledgeBase
{
    private static readonly Lazy<Store> Data = new(Load);

    public static ImmutableArray<KbEntity> People => Data.Value.People;

    public static ImmutableArray<KbCountry> Countries => Data.Value.Countries;

    /// <summary>The person known by <paramref name="name"/> or one of its variants ("Zelenskyy", "Yuri Ushakov"), or null.</summary>
    public static KbEntity? FindPerson(string name) => Find(Data.Value.PeopleByName, name);

    /// <summary>The country for a name, other name, adjective, demonym or ISO code ("Türkiye", "Turkish", "TUR"), or null.</summary>
    public static KbCountry? FindCountry(string nameOrCode)
    {
        var store = Data.Value;
        var code = nameOrCode.Trim();
        return store.CountriesByCode.TryGetValue(code, out var byCode) ? byCode : Find(store.CountriesByName, code);
    }

    /// <summary>The organization for a name or acronym ("NATO", "OSCE"), or null.</summary>
    public static KbEntity? FindOrganization(string name) => Find(Data.Value.OrganizationsByName, name);

    /// <summary>The title a role word or phrase names ("spokesman", "Foreign Minister"), or null.</summary>
    public static Title? FindTitle(string surface) => Find(Data.Value.TitlesBySurface, surface);

    /// <summary>
    /// The person who held <paramref name="title"/> for a country or organization on
    /// <paramref name="date"/>, by the knowledge base's order (heads of state before heads of
    /// government); null when the knowledge base places nobody in that office on that day.
    /// </summary>
    public static KbEntity? Holder(Title title, string? country, string? organization, DateOnly date) =>
        People.FirstOrDefault(person =>
            (country is null || person.Country == country)
            && (organization is null || person.Organization == organization)
            && person.Held(title, date));

    /// <summary>The role itself and the broader roles it belongs to.</summary>
    public static FrozenSet<string> ClassesOf(string? role) =>
        role is not null && Data.Value.ClassesByRole.TryGetValue(role, out var classes) ? classes : FrozenSet<string>.Empty;

    internal static Store Contents => Data.Value;

    private static T? Find<T>(FrozenDictionary<string, T> index, string name)
        where T : class => index.TryGetValue(NameKey.OfPhrase(name), out var value) ? value : null;

    private static ImmutableArray<string> Split(string cell) =>
        [.. cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string? NullIfEmpty(string cell) => cell.Length == 0 ? null : cell;

    private static Store Load()
    {
        var countries = DataFile.Rows("Entities/countries.tsv", 7).Select(row => new KbCountry(
            row[0],
            row[1],
            new KbEntity(row[2], EntityType.Country, row[0], [], null, null, Split(row[3]), []),
            Split(row[4]),
            Split(row[5]),
            Split(row[6]))).ToImmutableArray();
        var people = DataFile.Rows("Entities/people.tsv", 7).Select(row => new KbEntity(
            row[0], EntityType.Person, NullIfEmpty(row[3]), Split(row[2]), NullIfEmpty(row[4]), NullIfEmpty(row[5]), Split(row[1]),
            [.. Split(row[6]).Select(TermOfOffice.Parse)])).ToImmutableArray();
        var organizations = DataFile.Rows("Entities/organizations.tsv", 4).Select(row => new KbEntity(
            row[0], EntityType.Organization, NullIfEmpty(row[3]), [], null, null, Split(row[1]), [])).ToImmutableArray();
        var places = DataFile.Rows("Entities/places.tsv", 5).Select(row => new KbEntity(
            row[0], EntityType.Place, NullIfEmpty(row[2]), [], null, null, Split(row[1]), [])).ToImmutableArray();
        var placeAdjectives = DataFile.Rows("Entities/places.tsv", 5).ToDictionary(row => row[0], row => Split(row[4]));
        var titles = DataFile.Rows("Entities/titles.tsv", 7).SelectMany(row =>
        {
            var title = new Title(row[1], Split(row[2]).ToFrozenSet(), row[3] == "p", NullIfEmpty(row[4]), row[5] == "y", NullIfEmpty(row[6]));
            return Split(row[0]).Select(surface => (surface, title));
        }).ToImmutableArray();

        var classes = titles
            .GroupBy(pair => pair.title.Role)
            .ToFrozenDictionary(group => group.Key, group => group.SelectMany(pair => pair.title.Classes).Append(group.Key).ToFrozenSet());

        return new Store(
            countries,
            people,
            organizations,
            places,
            titles,
            classes,
            placeAdjectives,
            Index(people.SelectMany(p => p.Aliases.Prepend(p.Name).Select(alias => (alias, p)))),
            Index(countries.SelectMany(c => c.Entity.Aliases.Prepend(c.Entity.Name).Concat(c.Adjectives).Concat(c.Demonyms).Select(alias => (alias, c)))),
            countries.SelectMany(c => new[] { (c.Iso2, c), (c.Iso3, c) }).DistinctBy(pair => pair.Item1)
                .ToFrozenDictionary(pair => pair.Item1, pair => pair.c, StringComparer.OrdinalIgnoreCase),
            Index(organizations.SelectMany(o => o.Aliases.Prepend(o.Name).Select(alias => (alias, o)))),
            Index(titles.Select(pair => (pair.surface, pair.title))));
    }

    /// <summary>First entry wins where two share a name, so the data files' order breaks ties.</summary>
    private static FrozenDictionary<string, T> Index<T>(IEnumerable<(string Name, T Value)> pairs)
    {
        var map = new Dictionary<string, T>();
        foreach (var (name, value) in pairs)
        {
            map.TryAdd(NameKey.OfPhrase(name), value);
        }

        return map.ToFrozenDictionary();
    }

    internal sealed record Store(
        ImmutableArray<KbCountry> Countries,
        ImmutableArray<KbEntity> People,
        ImmutableArray<KbEntity> Organizations,
        ImmutableArray<KbEntity> Places,
        ImmutableArray<(string Surface, Title Title)> Titles,
        FrozenDictionary<string, FrozenSet<string>> ClassesByRole,
        Dictionary<string, ImmutableArray<string>> PlaceAdjectives,
        FrozenDictionary<string, KbEntity> PeopleByName,
        FrozenDictionary<string, KbCountry> CountriesByName,
        FrozenDictionary<string, KbCountry> CountriesByCode,
        FrozenDictionary<string, KbEntity> OrganizationsByName,
        FrozenDictionary<string, Title> TitlesBySurface);
}
