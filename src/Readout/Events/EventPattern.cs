using System.Collections.Immutable;

namespace Readout.Events;

/// <summary>
/// One trigger of a PLOVER type, as written in a plover-TYPE.tsv lexicon row
/// (see docs/adding-event-patterns.md): a word sequence, an optional mode, requirements (groups
/// that must all be met, each by one of its alternatives: a word of the sentence, "Name" for a
/// name right after the trigger, "&lt;word" or "&lt;Name" for a word or a name right before it),
/// words that must not stand right beside it ("&lt;word": right before it), and flags: "initiator" when the grammatical subject started the
/// interaction (the caller of "called"), "intent" when it states an intention whose content
/// decides between AGREE and THREATEN ("ready to").
/// </summary>
public sealed record EventPattern(
    string Type,
    ImmutableArray<string> Words,
    string? Mode,
    ImmutableArray<ImmutableArray<string>> Requires,
    ImmutableArray<string> Unless,
    bool SubjectInitiates = false,
    bool StatesIntent = false);
