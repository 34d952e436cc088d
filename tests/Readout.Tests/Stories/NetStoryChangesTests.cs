using Readout.Stories;

namespace Readout.Tests.Stories;

/// <summary>What a run reports of each story: the stories it leaves different, each once, as a reader who saw the store before and after would put it.</summary>
public class NetStoryChangesTests
{
    private static StoryChange Change(string story, StoryChangeKind kind) => new(story, kind, [], [], []);

    private static IReadOnlyList<(string StoryId, StoryChangeKind Kind)> Net(params (string Story, StoryChangeKind Kind)[] changes) =>
        NetStoryChanges.Of(changes.Select(change => Change(change.Story, change.Kind)));

    [Fact]
    public void A_story_the_run_made_keeps_that_kind_however_it_grew_after()
    {
        var net = Net(
            ("a", StoryChangeKind.Created), ("b", StoryChangeKind.Split), ("a", StoryChangeKind.Changed),
            ("b", StoryChangeKind.Changed), ("a", StoryChangeKind.Merged), ("b", StoryChangeKind.Merged));

        Assert.Equal([("a", StoryChangeKind.Created), ("b", StoryChangeKind.Split)], net);
    }

    [Fact]
    public void A_story_the_run_made_and_took_apart_again_is_not_reported()
    {
        var net = Net(("a", StoryChangeKind.Created), ("b", StoryChangeKind.Split), ("a", StoryChangeKind.Removed), ("b", StoryChangeKind.Removed));

        Assert.Empty(net);
    }

    [Fact]
    public void A_story_made_gone_and_back_under_its_id_is_new()
    {
        var net = Net(("a", StoryChangeKind.Created), ("a", StoryChangeKind.Removed), ("a", StoryChangeKind.Split));

        Assert.Equal([("a", StoryChangeKind.Created)], net);
    }

    [Fact]
    public void A_story_that_was_there_before_is_merged_once_it_took_another_in_removed_once_gone_else_changed()
    {
        var net = Net(
            ("a", StoryChangeKind.Merged), ("b", StoryChangeKind.Changed), ("c", StoryChangeKind.Changed),
            ("a", StoryChangeKind.Changed), ("b", StoryChangeKind.Changed), ("c", StoryChangeKind.Removed), ("d", StoryChangeKind.Removed), ("d", StoryChangeKind.Changed));

        Assert.Equal([("a", StoryChangeKind.Merged), ("b", StoryChangeKind.Changed), ("c", StoryChangeKind.Removed), ("d", StoryChangeKind.Changed)], net);
    }
}
