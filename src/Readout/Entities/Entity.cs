using System.Collections.Immutable;

namespace Readout.Entities;

/// <summary>A person, organization, place or outlet the article refers to, with every mention.</summary>
/// <param name="Id">Unique within the document ("e1"), in order of first mention.</param>
/// <param name="Name">Canonical name ("Volodymyr Zelensky" whatever spelling the article used).</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the person's or body's country, or of the country itself.</param>
/// <param name="Role">Main role, normalized ("president", "foreign policy aide", "spokesperson").</param>
/// <param name="Organization">The organization a person serves, where not a national government.</param>
/// <param name="Known">Whether the entity is in the built-in knowledge base (else found from context in the text).</param>
/// <param name="Aliases">The names and surnames the article used for it, as written.</param>
public sealed record Entity(
    string Id,
    string Name,
    EntityType Type,
    string? Country,
    string? Role,
    string? Organization,
    bool Known,
    ImmutableArray<string> Aliases,
    ImmutableArray<Mention> Mentions)
{
    /// <summary>"m" or "f" for a person, when the knowledge base, a given name, a title or an honorific tells.</summary>
    public string? Gender { get; init; }
}
