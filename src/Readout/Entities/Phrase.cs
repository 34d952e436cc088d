using System.Collections.Immutable;
using Readout.Core;

namespace Readout.Entities;

/// <summary>A name, word or title the knowledge base knows, as one of its readings.</summary>
/// <param name="Entity">What the phrase names (a capital's city for <see cref="PhraseKind.Capital"/>).</param>
/// <param name="Country">The country an adjective, demonym, capital or seat of power belongs to.</param>
/// <param name="Units">The phrase's own units, for the case rules.</param>
internal sealed record Phrase(PhraseKind Kind, KbEntity? Entity, KbCountry? Country, Title? Title, ImmutableArray<NameUnit> Units)
{
    /// <summary>
    /// Whether the text's units may be this phrase: an acronym must be written as listed (US, not
    /// "us"); a capitalized word must be capitalized in the text; titles and lower-case words
    /// (von, der) match in any case.
    /// </summary>
    public bool Accepts(ReadOnlySpan<NameUnit> text)
    {
        for (var i = 0; i < Units.Length; i++)
        {
            var own = Units[i].Surface;
            var seen = text[i].Surface;
            if (IsAcronym(own))
            {
                if (own != seen)
                {
                    return false;
                }
            }
            else if (Kind != PhraseKind.Title && char.IsUpper(own[0]) && !char.IsUpper(seen[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAcronym(string word) => word.Count(char.IsLetter) >= 2 && !Letters.AnyLower(word);
}
