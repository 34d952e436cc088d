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
    /// <summary>The full name or a listed variant ("Yuri Ushakov", "[Vladimir] Zelensky").</summary>
    Name,

    /// <summary>The surname alone ("Ushakov").</summary>
    Surname,

    /// <summary>He, his, she, her (a <see cref="Reference"/>).</summary>
    Pronoun,

    /// <summary>A description of one person ("the Kremlin aide", "our President"; a <see cref="Reference"/>).</summary>
    Descriptor,

    /// <summary>A seat of power or capital for the body there ("the Kremlin", "Moscow said").</summary>
    Metonym,

    /// <summary>The title or role written next to a name ("U.S. President", "a Kremlin foreign policy aide").</summary>
    Title,

    /// <summary>A description of several people at once ("the two presidents"; a <see cref="Reference"/> to each member).</summary>
    Group,

    /// <summary>A country's or region's adjective ("Ukrainian", "European").</summary>
    Adjective,

    /// <summary>A country's people ("Ukrainians").</summary>
    Demonym,
}

/// <summary>One place in the text that refers to an entity; <c>text[Start..End] == Text</c>.</summary>
public sealed record Mention(int Start, int End, string Text, MentionKind Kind);

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

/// <summary>
/// Layer: the entities of one document, each with the mentions that name it (names, surnames,
/// titles, seats of power, adjectives), and the descriptors that name nobody by themselves
/// ("the Kremlin aide"), left to <see cref="ReferenceResolver"/> with the pronouns.
/// </summary>
public sealed record EntityLayer(ImmutableArray<Entity> Entities)
{
    public ImmutableArray<Descriptor> Descriptors { get; init; } = [];

    /// <summary>
    /// The entity named at <paramref name="offset"/>: of the mentions covering it, the narrowest
    /// wins ("U.S." inside "U.S. President" is the United States). Null when nothing covers it, or
    /// when the narrowest mentions name several entities; <see cref="EntitiesAt"/> lists those.
    /// </summary>
    public Entity? EntityAt(int offset)
    {
        var covering = Covering(offset, offset + 1).ToList();
        if (covering.Count == 0)
        {
            return null;
        }

        var narrowest = covering.Min(pair => pair.Mention.End - pair.Mention.Start);
        var best = covering.Where(pair => pair.Mention.End - pair.Mention.Start == narrowest).Select(pair => pair.Entity).Distinct().ToList();
        return best.Count == 1 ? best[0] : null;
    }

    /// <summary>Every entity with a mention covering <paramref name="offset"/>.</summary>
    public ImmutableArray<Entity> EntitiesAt(int offset) => [.. Covering(offset, offset + 1).Select(pair => pair.Entity).Distinct()];

    /// <summary>
    /// The entities that the span [<paramref name="start"/>, <paramref name="end"/>) refers to, for a
    /// speaker or actor phrase found by another stage: the people first, in text order, then the
    /// others. A span like "Kremlin aide Yury Ushakov" gives Ushakov first, then the Russian government.
    /// </summary>
    public ImmutableArray<Entity> ResolveSpan(int start, int end) =>
    [
        .. Covering(start, end)
            .OrderBy(pair => pair.Entity.Type == EntityType.Person ? 0 : 1)
            .ThenBy(pair => pair.Mention.Start)
            .Select(pair => pair.Entity)
            .Distinct(),
    ];

    /// <summary>The entity with this canonical name or written alias, or null.</summary>
    public Entity? Named(string name) =>
        Entities.FirstOrDefault(entity => entity.Name == name)
        ?? Entities.FirstOrDefault(entity => entity.Aliases.Contains(name));

    private IEnumerable<(Entity Entity, Mention Mention)> Covering(int start, int end) =>
        Entities.SelectMany(entity => entity.Mentions
            .Where(mention => mention.Start < end && start < mention.End)
            .Select(mention => (entity, mention)));
}
