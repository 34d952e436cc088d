using System.Collections.Immutable;

namespace Readout.Entities;

public enum EntityType
{
    Person,
    Organization,
    Country,
    Place,
    Outlet,
}

public enum MentionKind
{
    Name,
    Surname,
    Pronoun,
    Descriptor,
    Metonym,
}

/// <summary>One place in the text that refers to an entity.</summary>
public sealed record Mention(int Start, int End, string Text, MentionKind Kind);

/// <summary>A person, organization, place or outlet the article refers to, with every mention.</summary>
/// <param name="Id">Unique within the document ("e1").</param>
/// <param name="Name">Canonical name ("Volodymyr Zelensky" whatever spelling the article used).</param>
public sealed record Entity(
    string Id,
    string Name,
    EntityType Type,
    string? Country,
    string? Role,
    ImmutableArray<string> Aliases,
    ImmutableArray<Mention> Mentions);

/// <summary>Layer: the entities of one document.</summary>
public sealed record EntityLayer(ImmutableArray<Entity> Entities);
