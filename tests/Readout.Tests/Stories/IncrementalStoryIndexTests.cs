using Readout.Stories;

namespace Readout.Tests.Stories;

public sealed class IncrementalStoryIndexTests
{
    private static IReadOnlyList<HashSet<string>> Cluster(IEnumerable<ArticleFeatures> articles)
    {
        var index = new IncrementalStoryIndex();
        foreach (var article in articles)
        {
            index.Add(article);
        }

        index.Settle();
        return [.. index.Stories().Select(story => story.Articles.Select(article => article.Id).ToHashSet())];
    }

    private static HashSet<string> StoryOf(IReadOnlyList<HashSet<string>> stories, string id) => stories.Single(story => story.Contains(id));

    [Fact]
    public void TwoCallsBetweenTheSameLeadersMonthsApartAreTwoStories()
    {
        var stories = Cluster(StoryArticles.TwoCalls());

        Assert.Equal(2, stories.Count);
        Assert.Equal(["may-a", "may-b"], StoryOf(stories, "may-a").Order());
        Assert.Equal(["dec-a", "dec-b"], StoryOf(stories, "dec-a").Order());
    }

    [Fact]
    public void TheSameEventFromThreeOutletsIsOneStory()
    {
        var stories = Cluster(StoryArticles.OneStormThreeOutlets());

        Assert.Equal(["storm-1", "storm-2", "storm-3"], StoryOf(stories, "storm-1").Order());
        Assert.Equal(["vote-1"], StoryOf(stories, "vote-1"));
    }

    [Fact]
    public void RehabStintsOfDifferentPeopleAreTwoStories()
    {
        var stories = Cluster(StoryArticles.TwoRehabStints());

        Assert.Equal(["rehab-a1", "rehab-a2"], StoryOf(stories, "rehab-a1").Order());
        Assert.Equal(["rehab-b1", "rehab-b2"], StoryOf(stories, "rehab-b1").Order());
    }

    [Fact]
    public void EveryOrderOfArrivalGivesTheSameStories()
    {
        var articles = StoryArticles.TwoCalls().Concat(StoryArticles.OneStormThreeOutlets()).ToList();
        var expected = Canonical(Cluster(articles));
        var random = new Random(20251228);
        for (var trial = 0; trial < 20; trial++)
        {
            Assert.Equal(expected, Canonical(Cluster(articles.OrderBy(_ => random.Next()))));
        }
    }

    [Fact]
    public void ANewArticleIsComparedOnlyWithStoriesSharingItsFeatures()
    {
        var index = new IncrementalStoryIndex();
        foreach (var article in StoryArticles.Unrelated(40))
        {
            index.Add(article);
        }

        Assert.Equal(0, index.Comparisons);
        foreach (var article in StoryArticles.OneStormThreeOutlets())
        {
            index.Add(article);
        }

        // Each storm article meets at most the one storm story before it; a full scan would make over 170 comparisons.
        Assert.InRange(index.Comparisons, 1, 3);
    }

    [Fact]
    public void StoryIdsFollowTheOrderOfFirstArticles()
    {
        var index = new IncrementalStoryIndex();
        var ids = StoryArticles.OneStormThreeOutlets().Select(index.Add).ToList();
        index.Settle();

        Assert.Equal(["s1", "s2", "s1", "s1"], ids);
        Assert.Equal(["s1", "s2"], index.Stories().Select(story => story.Id));
        Assert.Equal("vote-1", index.Stories()[1].Articles.Single().Id);
    }

    [Fact]
    public void AStoryTakesTheDateMostOfItsArticlesGive()
    {
        var index = new IncrementalStoryIndex();
        foreach (var article in StoryArticles.TwoCalls())
        {
            index.Add(article);
        }

        index.Settle();

        Assert.Equal([new DateOnly(2025, 5, 19), new DateOnly(2025, 12, 28)], index.Stories().Select(story => story.Date!.Value).Order());
    }

    private static string Canonical(IEnumerable<HashSet<string>> stories) =>
        string.Join(" | ", stories.Select(story => string.Join(",", story.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));
}
