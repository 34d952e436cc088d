using System.Collections.Frozen;

namespace Readout.Entities;

/// <summary>A title or role noun ("President", "Kremlin aide" has "aide"); see <c>entity_titles.tsv</c>.</summary>
/// <param name="Role">The normalized role ("spokesperson" for spokesman).</param>
/// <param name="Classes">Broader roles it belongs to ("leader", "official", "diplomat").</param>
/// <param name="OneHolder">A country or organization has one at a time, so the knowledge base can say who.</param>
/// <param name="Country">The country the office belongs to whatever the text says (the Pope's is the Holy See), or null.</param>
public sealed record Title(string Role, FrozenSet<string> Classes, bool Plural, string? Gender, bool OneHolder, string? Country)
{
    /// <summary>Whether someone holding <paramref name="role"/> can be called by this title.</summary>
    public bool Fits(string? role) =>
        role is not null && (role == Role || KnowledgeBase.ClassesOf(role).Contains(Role));
}
