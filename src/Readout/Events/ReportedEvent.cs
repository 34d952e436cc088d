using System.Collections.Immutable;

namespace Readout.Events;

/// <summary>The event an article reports, told apart from the background it mentions (<see cref="ReportedEventFinder"/>).</summary>
/// <param name="Type">Its PLOVER type.</param>
/// <param name="Setting">"phone" or "in-person" where the article tells; else null.</param>
/// <param name="Date">Its day (ISO): stated in the text, else the publication date; null for an article without a publication date.</param>
/// <param name="DateStated">True when the text itself dates it.</param>
/// <param name="Participants">The actors and recipients of its mentions, most often named first.</param>
public sealed record ReportedEvent(string Type, string? Setting, string? Date, bool DateStated, ImmutableArray<string> Participants);
