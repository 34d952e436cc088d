using System.Collections.Immutable;
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

    private static ArticleFeatures Report(string id, string language, string published, string[] names, string[] terms) => new(
        id,
        WordCounts.From(terms.Select(term => KeyValuePair.Create(term, 1))),
        WordCounts.From(names.Select(name => KeyValuePair.Create(name, 2))),
        [],
        [],
        DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
        null,
        null,
        language);

    [Fact]
    public void AReportInAnotherLanguageWithTheSameNamesAndDateJoinsTheStory()
    {
        string[] parties = ["ria", "novak", "paulo", "santos"];
        var stories = Cluster([
            Report("en-1", "en", "2025-03-04", parties, ["telephon", "call", "grain", "corridor", "hour"]),
            Report("en-2", "en", "2025-03-05", parties, ["phone", "call", "grain", "corridor", "urg"]),
            Report("other-en", "en", "2025-03-05", ["tomasz", "quell", "estrava"], ["mayor", "vote", "elect"]),
            Report("fr-1", "fr", "2025-03-05", parties, ["entretien", "téléphoniqu", "céréal", "couloir"]),
        ]);

        Assert.Equal(["en-1", "en-2", "fr-1"], StoryOf(stories, "fr-1").Order());
        Assert.Equal(["other-en"], StoryOf(stories, "other-en"));
    }

    [Fact]
    public void AReportInAnotherLanguageDatedDaysAfterTheStoryStaysApartThoughItsNamesAgree()
    {
        string[] parties = ["ria", "novak", "paulo", "santos"];
        var stories = Cluster([
            Report("en-1", "en", "2025-03-04", parties, ["telephon", "call", "grain", "corridor", "hour"]),
            Report("en-2", "en", "2025-03-05", parties, ["phone", "call", "grain", "corridor", "urg"]),
            Report("de-1", "de", "2025-03-10", parties, ["telefonat", "gefangen", "austausch"]),
        ]);

        Assert.Equal(["en-1", "en-2"], StoryOf(stories, "en-1").Order());
        Assert.Equal(["de-1"], StoryOf(stories, "de-1"));
    }

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
    public void StoriesMonthsApartAreNotComparedSoTheWorkPerArticleDoesNotGrowWithTheYearsStored()
    {
        string[] parties = ["ria", "novak", "paulo", "santos"];
        string[] words = ["telephon", "call", "grain", "corridor", "hour"];
        int ComparisonsForLastOf(int years)
        {
            var index = new IncrementalStoryIndex();
            var start = new DateOnly(2020, 1, 6);
            for (var quarter = 0; quarter < years * 4; quarter++)
            {
                var day = start.AddDays(quarter * 120).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                index.Add(Report($"q{quarter}", "en", day, parties, words));
            }

            var before = index.Comparisons;
            index.Add(Report("late", "en", start.AddDays(years * 4 * 120).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), parties, words));
            return index.Comparisons - before;
        }

        Assert.Equal(ComparisonsForLastOf(2), ComparisonsForLastOf(10));
        Assert.InRange(ComparisonsForLastOf(10), 0, 1);
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

    /// <summary>Reports of many events, several outlets each, whose words overlap; when <paramref name="sharedNames"/>, their names too.</summary>
    private static List<ArticleFeatures> ManyEvents(int seed, bool sharedNames)
    {
        var random = new Random(seed);
        var reports = new List<ArticleFeatures>();
        for (var e = 0; e < 40; e++)
        {
            string[] names = sharedNames ? [$"leader{e % 9}", $"leader{(e + 3) % 9}", $"city{e % 5}"] : [$"leader{e}", $"city{e}"];
            var words = Enumerable.Range(0, 8).Select(w => $"word{(e * 7 + w * 3) % 60}").ToArray();
            var day = new DateOnly(2024, 1, 1).AddDays(e * 11 % 200);
            for (var outlet = 0; outlet < random.Next(2, 6); outlet++)
            {
                var own = words.Where(_ => random.Next(4) > 0).Append($"word{random.Next(60)}").Distinct().ToArray();
                reports.Add(Report($"e{e}-o{outlet}", "en", day.AddDays(random.Next(2)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), names, own));
            }
        }

        return [.. reports.OrderBy(_ => random.Next())];
    }

    [Fact]
    public void SettlingScoresOnAllCoresYetGivesTheSameStoriesAndComparisonsEveryTime()
    {
        (string Stories, int Comparisons) Run()
        {
            var index = new IncrementalStoryIndex();
            foreach (var report in ManyEvents(7, sharedNames: true))
            {
                index.Add(report);
            }

            index.Settle();
            return (Canonical(index.Stories().Select(story => story.Articles.Select(article => article.Id).ToHashSet())), index.Comparisons);
        }

        var first = Run();
        Assert.Contains(" | ", first.Stories);
        for (var run = 0; run < 4; run++)
        {
            Assert.Equal(first, Run());
        }
    }

    [Fact]
    public void SettlingAgainWithNothingNewComparesOnlyWhatChangedSinceTheStoriesWereScored()
    {
        var reports = ManyEvents(11, sharedNames: false);
        var index = new IncrementalStoryIndex();
        foreach (var report in reports)
        {
            index.Add(report);
        }

        var placed = index.Comparisons;
        index.Settle();
        var first = index.Comparisons - placed;
        var stories = index.Stories().Select(story => story.Articles.Select(article => article.Id).ToList()).ToList();
        var before = index.Comparisons;
        index.Settle();

        // Without the kept scores a second settling would compare as much as the first.
        Assert.InRange(index.Comparisons - before, 0, first / 2);
        Assert.Equal(stories, index.Stories().Select(story => story.Articles.Select(article => article.Id).ToList()));
    }

    private static string Canonical(IEnumerable<HashSet<string>> stories) =>
        string.Join(" | ", stories.Select(story => string.Join(",", story.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));
}
