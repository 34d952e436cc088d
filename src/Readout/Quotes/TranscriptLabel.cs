using Readout.Core;

namespace Readout.Quotes;

/// <summary>A speaker label that opens a paragraph of a transcript ("Aide to the President Yury Ushakov: ...").</summary>
/// <param name="Label">The label without its colon.</param>
/// <param name="BodyStart">Where the speaker's words start, after the colon.</param>
public sealed record TranscriptLabel(TextSpan Label, int BodyStart);
