using System.Collections.Immutable;

namespace Readout.Quotes;

/// <summary>A direct quotation and who said it.</summary>
/// <param name="Speaker">Canonical name of the speaker, or null when the text does not say.</param>
/// <param name="Fragment">A short fragment or scare quote rather than a statement.</param>
/// <param name="ReportedBy">Who relays the speaker's words ("According to Ushakov, Trump acknowledged ...").</param>
/// <param name="Channel">Where it was said ("Truth Social", "a post").</param>
/// <param name="Audience">Who it was said to ("reporters").</param>
public sealed record Quotation(
    int Start,
    int End,
    string Text,
    string? Speaker,
    bool Fragment,
    string? ReportedBy = null,
    string? Channel = null,
    string? Audience = null,
    int? CueStart = null,
    int? CueEnd = null);

/// <summary>Layer: the quotations of one document.</summary>
public sealed record QuoteLayer(ImmutableArray<Quotation> Quotes);
