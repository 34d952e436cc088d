using System.Collections.Immutable;

namespace Readout.Entities;

/// <summary>A country with the words that name it or refer to it.</summary>
public sealed record KbCountry(
    string Iso2,
    string Iso3,
    KbEntity Entity,
    ImmutableArray<string> Adjectives,
    ImmutableArray<string> Demonyms,
    ImmutableArray<string> Capitals)
{
    /// <summary>The body that a country name, capital or seat of power stands for ("Russian government").</summary>
    public KbEntity Government { get; } = new(
        $"{(Adjectives.IsDefaultOrEmpty ? Entity.Name : Adjectives[0])} government",
        EntityType.Organization,
        Iso2,
        [],
        null,
        null,
        [],
        []);

    public KbEntity Capital { get; } = new(Capitals.FirstOrDefault() ?? Entity.Name, EntityType.Place, Iso2, [], null, null, [.. Capitals.Skip(1)], []);
}
