using System.Collections.Immutable;
using Readout.Core;
using Readout.Events;
using Readout.Pipeline;
using Readout.Stories;

namespace Readout.Tests.Stories;

public sealed class StoryClustererTests
{
    [Fact]
    public void EveryArticleIsInExactlyOneStory()
    {
        var documents = ImmutableArray.Create(
            StoryArticles.Document("x1", "Cyclone Mirela struck Varnholm and flooded the harbour district."),
            StoryArticles.Document("x2", "Voters in Estrava re-elected mayor Tomasz Quell."),
            StoryArticles.Document("x3", "Cyclone Mirela flooded the harbour district of Varnholm overnight."));

        var layer = new StoryClusterer().Apply(new Analysis(documents)).Layer<StoryLayer>()!;

        Assert.Equal(["x1", "x2", "x3"], layer.Stories.SelectMany(story => story.Articles).Order());
        Assert.Equal(["s1", "s2"], layer.Stories.Select(story => story.Id));
        Assert.Equal(["x1", "x3"], layer.Stories[0].Articles.AsEnumerable());
    }

    [Fact]
    public void TheHeadlineNamesTheMainEventWhenTheArticlesCodeIt()
    {
        var document = StoryArticles.Document("c1", "Ria Novak called Paulo Santos on Sunday.", "2025-12-28")
            .With(new EventLayer([new EventMention(0, 39, "CONSULT", "phone", ["Ria Novak"], ["Paulo Santos"], "2025-12-28")]));

        var story = new StoryClusterer().Apply(new Analysis([document])).Layer<StoryLayer>()!.Stories.Single();

        Assert.Equal("Ria Novak, Paulo Santos: CONSULT, 2025-12-28", story.Headline);
        Assert.Equal("2025-12-28", story.Date);
    }

    [Fact]
    public void WithoutEventsTheHeadlineIsTheCentralArticlesLead()
    {
        var document = StoryArticles.Document("d1", "Storm hits the coast\nWaves rose all night.");

        var story = new StoryClusterer().Apply(new Analysis([document])).Layer<StoryLayer>()!.Stories.Single();

        Assert.Equal("Storm hits the coast", story.Headline);
    }

    [Fact]
    public void AnEmptyBatchHasNoStories()
    {
        Assert.Empty(new StoryClusterer().Apply(new Analysis([])).Layer<StoryLayer>()!.Stories);
    }

    [Fact]
    public void Two_calls_between_the_same_leaders_a_week_apart_are_two_stories_however_alike_their_words()
    {
        static Article Report(string id, string text, string published) => new(id, text, "test", Published: published);
        var articles = ImmutableArray.Create(
            Report("first-a", "President Anna Kowalczyk and President Bruno Lindqvist held a telephone conversation on March 4 about the harbour dispute. The call lasted an hour.", "2025-03-05"),
            Report("second-a", "President Anna Kowalczyk and President Bruno Lindqvist held a telephone conversation on March 11 about the harbour dispute. The call lasted an hour.", "2025-03-12"),
            Report("first-b", "Anna Kowalczyk and Bruno Lindqvist discussed the harbour dispute in a telephone conversation on Tuesday.", "2025-03-05"),
            Report("second-b", "Anna Kowalczyk and Bruno Lindqvist discussed the harbour dispute in a telephone conversation on Tuesday.", "2025-03-12"));

        var stories = AnalysisPipeline.Standard().Analyze(articles).Layer<StoryLayer>()!.Stories;

        Assert.Equal(2, stories.Length);
        Assert.Contains(stories, story => story.Articles.Order().SequenceEqual(["first-a", "first-b"]));
        Assert.Contains(stories, story => story.Articles.Order().SequenceEqual(["second-a", "second-b"]));
    }

    [Fact]
    public void A_report_in_another_language_joins_the_story_of_the_call_its_names_and_date_agree_with()
    {
        static Article Report(string id, string text, string published, string language) => new(id, text, "test", Published: published, Language: language);
        var articles = ImmutableArray.Create(
            Report("first-en-a", "Chancellor Olaf Scholz and President Vladimir Putin spoke by telephone on March 4 about the grain corridor. The call lasted an hour.", "2025-03-04", "en"),
            Report("first-en-b", "Olaf Scholz phoned Vladimir Putin on March 4. Scholz urged Putin to keep the grain corridor open.", "2025-03-05", "en"),
            Report("second-en", "Chancellor Olaf Scholz and President Vladimir Putin spoke again by telephone on March 11, this time about prisoners. Scholz pressed Putin on an exchange.", "2025-03-11", "en"),
            Report("first-de", "Bundeskanzler Olaf Scholz hat mit Wladimir Putin telefoniert. Scholz forderte Putin auf, den Getreidekorridor offen zu halten.", "2025-03-05", "de"),
            Report("second-ru", "Олаф Шольц снова позвонил Владимиру Путину. Шольц и Путин обсудили обмен пленными.", "2025-03-12", "ru"));

        var stories = AnalysisPipeline.Standard().Analyze(articles).Layer<StoryLayer>()!.Stories;

        Assert.Equal(2, stories.Length);
        Assert.Contains(stories, story => story.Articles.Order().SequenceEqual(["first-de", "first-en-a", "first-en-b"]));
        Assert.Contains(stories, story => story.Articles.Order().SequenceEqual(["second-en", "second-ru"]));
    }

    [Fact]
    public void A_report_in_another_language_published_six_days_after_a_call_stays_apart_from_it()
    {
        static Article Report(string id, string text, string published, string language) => new(id, text, "test", Published: published, Language: language);
        var articles = ImmutableArray.Create(
            Report("call-en-a", "Chancellor Olaf Scholz and President Vladimir Putin spoke by telephone on March 4 about the grain corridor.", "2025-03-04", "en"),
            Report("call-en-b", "Olaf Scholz phoned Vladimir Putin on March 4. Scholz urged Putin to keep the grain corridor open.", "2025-03-05", "en"),
            Report("later-de", "Bundeskanzler Olaf Scholz hat erneut mit Wladimir Putin telefoniert. Scholz und Putin sprachen über Gefangene.", "2025-03-10", "de"));

        var stories = AnalysisPipeline.Standard().Analyze(articles).Layer<StoryLayer>()!.Stories;

        Assert.Contains(stories, story => story.Articles.Order().SequenceEqual(["call-en-a", "call-en-b"]));
        Assert.Contains(stories, story => story.Articles.SequenceEqual(["later-de"]));
    }
}
