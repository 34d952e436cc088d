using System.Collections.Immutable;

namespace Readout.Entities;

/// <summary>
/// A pronoun, descriptor or group phrase and what it refers to; <c>text[Start..End] == Text</c>.
/// An entity the article does not name (the office-holder "the Pope" means) appears here only.
/// </summary>
/// <param name="Kind"><see cref="MentionKind.Pronoun"/>, <see cref="MentionKind.Descriptor"/> or <see cref="MentionKind.Group"/>.</param>
public sealed record Reference(int Start, int End, string Text, MentionKind Kind, ImmutableArray<Entity> Entities)
{
    public Mention Mention => new(Start, End, Text, Kind);
}
