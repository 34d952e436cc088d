using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Readout.Entities;

/// <summary>
/// Layer: the entities of one document, each with the mentions that name it (names, surnames,
/// titles, seats of power, adjectives), and the descriptors that name nobody by themselves
/// ("the Kremlin aide"), left to <see cref="ReferenceResolver"/> with the pronouns.
/// </summary>
public sealed record EntityLayer(ImmutableArray<Entity> Entities)
{
    /// <summary>Titles that name nobody, for the reference resolver; not part of the stored analysis.</summary>
    [JsonIgnore]
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
