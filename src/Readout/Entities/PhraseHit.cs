using System.Collections.Immutable;

namespace Readout.Entities;

/// <summary>A stretch of units [From, To) that reads as one or more phrases of the same length.</summary>
internal sealed record PhraseHit(int From, int To, ImmutableArray<Phrase> Phrases)
{
    /// <summary>The reading to prefer where one text has several (a country's name before its adjective).</summary>
    public Phrase Best => Phrases.MinBy(phrase => phrase.Kind)!;

    public Phrase? Reading(PhraseKind kind) => Phrases.FirstOrDefault(phrase => phrase.Kind == kind);
}
