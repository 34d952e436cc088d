using Readout.Core;

namespace Readout.Quotes;

/// <summary>What the words around a quotation say about it.</summary>
/// <param name="Speaker">The phrase naming the speaker (a name, pronoun or description), when one is given.</param>
/// <param name="SameAsPrevious">A cue with no subject of its own ("..., adding that ..."): the speaker of the quotation before.</param>
public sealed record Attribution(
    TextSpan? Speaker,
    TextSpan? Cue,
    TextSpan? ReportedBy = null,
    TextSpan? Channel = null,
    TextSpan? Audience = null,
    bool SameAsPrevious = false);
