namespace Readout.Storage;

/// <summary>A recorded story change as a store holds it: its lists of article ids as JSON and when it was recorded.</summary>
public sealed record StoredStoryEvent(string StoryId, string Kind, string Articles, string Joined, string Others, string At);
