using System.Collections.Immutable;

namespace Readout.Entities;

/// <summary>Something the knowledge base knows by name: a person, country, organization, place or outlet.</summary>
/// <param name="Name">Canonical name.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code: a person's or body's country, a country's own code.</param>
/// <param name="Roles">A person's roles, main one first, as normalized in <c>entity_titles.tsv</c>.</param>
/// <param name="Gender">"m" or "f" for people, when known.</param>
/// <param name="Organization">The organization a person serves, when not a national government.</param>
/// <param name="Aliases">Other names and spellings; matching also folds accents and transliteration endings.</param>
/// <param name="Terms">When a person held which role, past roles included; a role without a term cannot be placed in time.</param>
public sealed record KbEntity(
    string Name,
    EntityType Type,
    string? Country,
    ImmutableArray<string> Roles,
    string? Gender,
    string? Organization,
    ImmutableArray<string> Aliases,
    ImmutableArray<TermOfOffice> Terms)
{
    public string? Role => Roles.IsDefaultOrEmpty ? null : Roles[0];

    /// <summary>Whether the person held a role that <paramref name="title"/> names on <paramref name="date"/>.</summary>
    public bool Held(Title title, DateOnly date) => Terms.Any(term => term.Covers(date) && title.Fits(term.Role));
}
