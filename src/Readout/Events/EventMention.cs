using System.Collections.Immutable;

namespace Readout.Events;

/// <summary>An event mention coded with a PLOVER 2.0 type and mode.</summary>
/// <param name="Start">Start of the trigger in the cleaned text.</param>
/// <param name="End">End of the trigger in the cleaned text.</param>
/// <param name="Modality">"asserted", "future", "hypothetical" or "negated".</param>
/// <param name="Initiator">The party that started the interaction (the caller of a phone call).</param>
/// <param name="SentenceStart">Start of the sentence the mention was coded from.</param>
/// <param name="SentenceEnd">End of the sentence the mention was coded from.</param>
/// <param name="Embedded">
/// Events this one is about or follows from, which PLOVER folds into it rather than coding apart:
/// what was agreed, demanded, threatened or refused ("agreed to speak again": a future CONSULT
/// inside an AGREE) and the cause named in an adjunct ("after two days of fighting").
/// </param>
/// <param name="Background">
/// True for a top-level mention of something other than the event the article reports: an earlier
/// occurrence ("Prior to this, the two leaders held a call on February 12"), a mention dated on
/// another day, or the reported type in the other setting (talks in the Kremlin inside a report of
/// a call). Its date, place, duration and participants are not the reported event's.
/// </param>
public sealed record EventMention(
    int Start,
    int End,
    string Type,
    string? Mode,
    ImmutableArray<string> Actors,
    ImmutableArray<string> Recipients,
    string? Date,
    string? Place = null,
    int? DurationMinutes = null,
    string? Initiator = null,
    string Modality = "asserted",
    string? Trigger = null,
    int? SentenceStart = null,
    int? SentenceEnd = null,
    ImmutableArray<EventMention>? Embedded = null,
    bool Background = false);
