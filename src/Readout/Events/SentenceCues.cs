using System.Collections.Frozen;
using System.Collections.Immutable;
using Readout.Core;

namespace Readout.Events;

/// <summary>
/// The function words the event coder reads structure and modality from
/// (plover-structure.tsv and plover-modality.tsv).
/// </summary>
public sealed record SentenceCues(
    FrozenSet<string> Boundaries,
    ImmutableArray<ImmutableArray<string>> Background,
    ImmutableArray<ImmutableArray<string>> Initiator,
    FrozenSet<string> InitiativeNouns,
    FrozenSet<string> Passive,
    FrozenSet<string> Agent,
    FrozenSet<string> Between,
    FrozenSet<string> Place,
    FrozenSet<string> NotNames,
    FrozenSet<string> HostileTypes,
    FrozenSet<string> CooperativeTypes,
    FrozenSet<string> GovernorTypes,
    FrozenSet<string> Subordinators,
    FrozenSet<string> Reporting,
    FrozenSet<string> SourceIntroducers,
    FrozenSet<string> Determiners,
    FrozenSet<string> ThreatConditions,
    ImmutableArray<ModalityCue> Modality,
    ImmutableArray<ImmutableArray<string>> Prior,
    FrozenSet<string> DateBounds,
    FrozenSet<string> InPerson,
    FrozenSet<string> Statement,
    FrozenSet<string> ContainerTypes,
    FrozenSet<string> Facilities)
{
    public static SentenceCues Standard { get; } = Load(
        DataFile.Rows("Events/plover-structure.tsv", 2).ToList(),
        DataFile.Rows("Events/plover-modality.tsv", 4).ToList());

    public static SentenceCues Load(IReadOnlyList<string[]> structure, IReadOnlyList<string[]> modality)
    {
        IEnumerable<string> Words(string role) => structure.Where(r => r[1] == role).Select(r => r[0]);
        ImmutableArray<ImmutableArray<string>> Phrases(string role) => [.. Words(role).Select(Split)];
        return new SentenceCues(
            Words("boundary").ToFrozenSet(StringComparer.Ordinal),
            Phrases("background"),
            Phrases("initiator"),
            Words("initiative").ToFrozenSet(StringComparer.Ordinal),
            Words("passive").ToFrozenSet(StringComparer.Ordinal),
            Words("agent").ToFrozenSet(StringComparer.Ordinal),
            Words("between").ToFrozenSet(StringComparer.Ordinal),
            Words("place").ToFrozenSet(StringComparer.Ordinal),
            Words("not-name").ToFrozenSet(StringComparer.Ordinal),
            Words("hostile").ToFrozenSet(StringComparer.Ordinal),
            Words("cooperative").ToFrozenSet(StringComparer.Ordinal),
            Words("governor").ToFrozenSet(StringComparer.Ordinal),
            Words("subordinate").ToFrozenSet(StringComparer.Ordinal),
            Words("reporting").ToFrozenSet(StringComparer.Ordinal),
            Words("source").ToFrozenSet(StringComparer.Ordinal),
            Words("determiner").ToFrozenSet(StringComparer.Ordinal),
            Words("threat-condition").ToFrozenSet(StringComparer.Ordinal),
            [.. modality.Select(r => new ModalityCue(Split(r[0]), r[1], r[2], r[3] == "intent"))],
            Phrases("prior"),
            Words("date-bound").ToFrozenSet(StringComparer.Ordinal),
            Words("in-person").ToFrozenSet(StringComparer.Ordinal),
            Words("statement").ToFrozenSet(StringComparer.Ordinal),
            Words("container").ToFrozenSet(StringComparer.Ordinal),
            Words("facility").ToFrozenSet(StringComparer.Ordinal));
    }

    private static ImmutableArray<string> Split(string phrase) => [.. phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
}
