namespace Readout.Entities;

/// <summary>How a determiner before a title points at people; see <c>entity_determiners.tsv</c>.</summary>
public enum DeterminerKind
{
    Definite,
    Possessive,
    Source,
    Group,
}
