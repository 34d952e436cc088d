using System.Collections.Immutable;

namespace Readout.Stories;

/// <summary>The main event an article codes: its type, who takes part, and when.</summary>
/// <param name="DateStated">True when the article's text dates the event (not only its publication date).</param>
public sealed record EventSignature(string Type, ImmutableArray<string> Participants, DateOnly? Date, bool DateStated = false);
