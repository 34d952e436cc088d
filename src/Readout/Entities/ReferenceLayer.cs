using System.Collections.Immutable;

namespace Readout.Entities;

/// <summary>
/// Layer: each pronoun, descriptor ("the Kremlin aide", "our President") and group ("the two
/// presidents") the document uses, with the entities it refers to; references left unresolved
/// are not listed. Added by <see cref="ReferenceResolver"/>, after the <see cref="EntityLayer"/>.
/// </summary>
public sealed record ReferenceLayer(ImmutableArray<Reference> References)
{
    /// <summary>Each reference as a mention of each entity it refers to, for stages that read names and references alike.</summary>
    public IEnumerable<(Entity Entity, Mention Mention)> Mentions() =>
        References.SelectMany(reference => reference.Entities.Select(entity => (entity, reference.Mention)));

    /// <summary>The entities a reference covering <paramref name="offset"/> refers to (all members of a group); empty when none does.</summary>
    public ImmutableArray<Entity> EntitiesAt(int offset) =>
        [.. References.Where(reference => reference.Start <= offset && offset < reference.End).SelectMany(reference => reference.Entities).Distinct()];
}
