namespace Readout.Stories;

/// <summary>What happened to a story when new articles were placed.</summary>
public enum StoryChangeKind
{
    /// <summary>A story that did not exist before.</summary>
    Created,

    /// <summary>The same story with more or fewer articles.</summary>
    Changed,

    /// <summary>The story took articles from other stories: all of them (a merge, their ids are gone) or some.</summary>
    Merged,

    /// <summary>A new story made of articles that were in another story before.</summary>
    Split,

    /// <summary>A story all of whose articles went to other stories.</summary>
    Removed,
}
