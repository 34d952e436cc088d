using System.Collections.Immutable;

namespace Readout.Events;

/// <summary>A modality cue: where = before, clause, after or governor; whether it states the subject's intent (see plover-modality.tsv).</summary>
public sealed record ModalityCue(ImmutableArray<string> Words, string Modality, string Where, bool StatesIntent = false);
