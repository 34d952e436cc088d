namespace Readout.Events;

/// <summary>A pattern found over the word tokens [First, Last) of a sentence.</summary>
public sealed record PatternMatch(int First, int Last, EventPattern Pattern);
