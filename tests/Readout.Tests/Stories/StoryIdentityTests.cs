using Readout.Stories;

namespace Readout.Tests.Stories;

public class StoryIdentityTests
{
    [Fact]
    public void A_story_that_gains_an_article_keeps_its_id()
    {
        var changes = StoryIdentity.Assign(Previous(("a", "s1"), ("b", "s1"), ("c", "s2")), [["a", "b", "new"], ["c"]], Taken("s1", "s2"));

        var change = Assert.Single(changes);
        Assert.Equal(("s1", StoryChangeKind.Changed), (change.StoryId, change.Kind));
        Assert.Equal(["new"], change.Joined.AsEnumerable());
    }

    [Fact]
    public void New_articles_alone_make_a_new_story_with_an_id_from_its_articles()
    {
        var first = StoryIdentity.Assign(Previous(("a", "s1")), [["a"], ["x", "y"]], Taken("s1"));
        var again = StoryIdentity.Assign(Previous(("a", "s1")), [["y", "x"], ["a"]], Taken("s1"));

        var created = Assert.Single(first);
        Assert.Equal(StoryChangeKind.Created, created.Kind);
        Assert.Equal(created.StoryId, Assert.Single(again).StoryId);
        Assert.DoesNotContain(created.StoryId, new[] { "s1" });
    }

    [Fact]
    public void Two_stories_that_merge_keep_the_larger_ones_id_and_the_other_is_removed()
    {
        var changes = StoryIdentity.Assign(Previous(("a", "s1"), ("b", "s1"), ("c", "s2")), [["a", "b", "c", "n"]], Taken("s1", "s2"));

        var merged = changes.Single(change => change.Kind == StoryChangeKind.Merged);
        Assert.Equal("s1", merged.StoryId);
        Assert.Equal(["s2"], merged.Others.AsEnumerable());
        Assert.Equal(["c", "n"], merged.Joined.AsEnumerable());
        Assert.Equal("s2", changes.Single(change => change.Kind == StoryChangeKind.Removed).StoryId);
    }

    [Fact]
    public void A_split_keeps_the_id_on_the_larger_part_and_names_where_the_other_came_from()
    {
        var changes = StoryIdentity.Assign(Previous(("a", "s1"), ("b", "s1"), ("c", "s1")), [["a", "b"], ["c", "n"]], Taken("s1"));

        Assert.Equal(StoryChangeKind.Changed, changes.Single(change => change.StoryId == "s1").Kind);
        var split = changes.Single(change => change.Kind == StoryChangeKind.Split);
        Assert.Equal(["s1"], split.Others.AsEnumerable());
        Assert.Equal(["c", "n"], split.Articles.AsEnumerable());
    }

    [Fact]
    public void Unchanged_stories_report_nothing()
    {
        Assert.Empty(StoryIdentity.Assign(Previous(("a", "s1"), ("b", "s2")), [["b"], ["a"]], Taken("s1", "s2")));
    }

    [Fact]
    public void A_new_id_never_repeats_one_in_use()
    {
        var first = Assert.Single(StoryIdentity.Assign(Previous(), [["x"]], Taken())).StoryId;

        var second = Assert.Single(StoryIdentity.Assign(Previous(), [["x"]], Taken(first))).StoryId;

        Assert.NotEqual(first, second);
    }

    private static Dictionary<string, string> Previous(params (string Article, string Story)[] pairs) =>
        pairs.ToDictionary(pair => pair.Article, pair => pair.Story, StringComparer.Ordinal);

    private static HashSet<string> Taken(params string[] ids) => new(ids, StringComparer.Ordinal);
}
