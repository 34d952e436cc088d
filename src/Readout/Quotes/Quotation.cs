namespace Readout.Quotes;

/// <summary>
/// A direct quotation and who said it: one statement, which may be interrupted by its cue
/// ("X," he said, "Y.") or run on over sentences and paragraphs; <paramref name="Parts"/> are
/// the quoted stretches and Start..End runs from the first to the last.
/// </summary>
/// <param name="Start">Start of the quoted words (inside the quotation marks) in the cleaned text.</param>
/// <param name="Speaker">Canonical name of the speaker, or null when the text does not say.</param>
/// <param name="Fragment">A short fragment or scare quote rather than a statement.</param>
/// <param name="ReportedBy">Who relays the speaker's words ("According to Ushakov, Trump acknowledged ...").</param>
/// <param name="Channel">Where it was said ("Truth Social", "a post").</param>
/// <param name="Audience">Who it was said to ("reporters").</param>
/// <param name="CueStart">Start of the cue ("said", "according to", a transcript label) when there is one.</param>
/// <param name="SpeakerStart">Start of the phrase that names the speaker ("he", "the Kremlin aide", "Ushakov").</param>
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
    int? CueEnd = null,
    int? SpeakerStart = null,
    int? SpeakerEnd = null,
    IReadOnlyList<QuotePart>? Parts = null);
