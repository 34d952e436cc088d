using System.Collections.Immutable;
using Readout.Entities;
using Readout.Events;
using Readout.Stories;
using Readout.Times;

namespace Readout.Tests.Stories;

public sealed class FeatureExtractorTests
{
    [Fact]
    public void CapitalizedWordsNobodyWritesInLowercaseAreNames()
    {
        var features = StoryArticles.Features("a", "The Court heard Halvorsen's appeal. The court adjourned until Halvorsen returns.");

        Assert.Equal(2, features.Names["halvorsen"]);
        Assert.False(features.Names.ContainsKey("court"));
        Assert.Equal(2, features.Terms["court"]);
        Assert.Contains("appeal", features.Terms.Keys);
        Assert.DoesNotContain("the", features.Terms.Keys);
    }

    [Fact]
    public void ExplicitDatesGiveTheirPeriodsButNotTheMainDate()
    {
        var features = StoryArticles.Features("a", "Storm Over Clinic\nOn June 13, 2013 the singer left the clinic she entered in May 2012.");

        // A date the text mentions may be a page stamp or an earlier event: it is a feature, not the main date.
        Assert.Null(features.Date);
        Assert.Superset(ImmutableHashSet.Create("2013", "2013-06", "2013-06-13", "2012", "2012-05"), features.Periods.ToHashSet());
        Assert.Empty(features.Numbers);
    }

    [Fact]
    public void DayMonthYearOrderIsReadToo()
    {
        var features = StoryArticles.Features("a", "The champion kept his belts on 7 July 2012 in Bern.");

        Assert.Contains("2012-07-07", features.Periods);
    }

    [Fact]
    public void TheModalVerbMayIsNoMonth()
    {
        var features = StoryArticles.Features("a", "The talks may 3 times fail, officials warned.");

        Assert.Null(features.Date);
        Assert.Empty(features.Periods);
    }

    [Fact]
    public void WeekdaysResolveAgainstPublicationAndTheReportedEventDatesTheArticle()
    {
        // 2025-12-28 is a Sunday.
        var features = StoryArticles.Features("a", "The leaders spoke on Friday and will meet on Sunday.", "2025-12-28");

        Assert.Contains("2025-12-26", features.Periods);
        Assert.Equal(new DateOnly(2025, 12, 26), features.Date);
    }

    [Fact]
    public void NumbersThatTellEventsApartAreKeptButClockTimesAndSmallCountsAreNot()
    {
        var features = StoryArticles.Features("a", "A magnitude 6.1 quake at 7:48 killed 45 people in 3 villages.");

        Assert.Equal(["45", "6.1"], features.Numbers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EntityLayerNamesCountByMentionAndOutletsAreLeftOut()
    {
        var document = StoryArticles.Document("a", "Ria Novak met Paulo Santos. Novak thanked him, Daily Harbor wrote.");
        var layer = new EntityLayer(
        [
            new Entity("e1", "Ria Novak", EntityType.Person, null, null, null, false, [], [new Mention(0, 9, "Ria Novak", MentionKind.Name), new Mention(28, 33, "Novak", MentionKind.Surname)]),
            new Entity("e2", "Daily Harbor", EntityType.Outlet, null, null, null, false, [], [new Mention(47, 59, "Daily Harbor", MentionKind.Name)]),
        ]);

        var features = FeatureExtractor.Extract(document.With(layer));

        Assert.Equal(2, features.Names["novak"]);
        Assert.Equal(2, features.Names["ria"]);
        Assert.Equal(1, features.Names["santos"]);
        Assert.False(features.Names.ContainsKey("harbor"));
        Assert.False(features.Terms.ContainsKey("harbor"));
    }

    [Fact]
    public void DatesComeFromTheTimeLayer()
    {
        var document = StoryArticles.Document("a", "The ministers met yesterday in Vell.", "2024-03-10");
        var times = new TimeLayer([new TimeExpression(18, 27, "yesterday", "DATE", "2024-03-09")]);

        var features = FeatureExtractor.Extract(document.With(times));

        Assert.Contains("2024-03-09", features.Periods);
        Assert.Equal(new DateOnly(2024, 3, 9), features.Date);
    }

    [Fact]
    public void TheFirstAssertedEventIsTheSignatureAndGivesTheDateButAddsNoNames()
    {
        var document = StoryArticles.Document("a", "Leaders may meet soon. Novak called Santos on Friday.", "2025-12-28");
        var events = new EventLayer(
        [
            new EventMention(0, 22, "CONSULT", "visit", ["Ria Novak"], ["Paulo Santos"], null, Modality: "future"),
            new EventMention(23, 53, "CONSULT", "phone", ["Ria Novak"], ["Paulo Santos"], "2025-12-26"),
        ]);

        var features = FeatureExtractor.Extract(document.With(events));

        Assert.Equal(new EventSignature("CONSULT", ["Ria Novak", "Paulo Santos"], new DateOnly(2025, 12, 26)), features.Event, new SignatureComparer());
        Assert.Equal(new DateOnly(2025, 12, 26), features.Date);
        Assert.True(features.Names.ContainsKey("novak"));
        Assert.False(features.Names.ContainsKey("ria"));
    }

    [Fact]
    public void TheLabelIsTheTitleOrTheLead()
    {
        Assert.Equal("Storm hits the coast", StoryArticles.Features("a", "Storm hits the coast\nWaves rose all night.").Label);
        Assert.EndsWith("…", StoryArticles.Features("b", string.Join(' ', Enumerable.Repeat("word", 60))).Label);
    }

    [Fact]
    public void TheLeadDoesNotStopAtAnAbbreviation()
    {
        var features = StoryArticles.Features("a", "Ria Novak spoke with U.S. envoys on Friday. They met again later.");

        Assert.Equal("Ria Novak spoke with U.S. envoys on Friday.", features.Label);
    }

    private sealed class SignatureComparer : IEqualityComparer<EventSignature?>
    {
        public bool Equals(EventSignature? x, EventSignature? y) =>
            x is not null && y is not null && x.Type == y.Type && x.Date == y.Date && x.Participants.SequenceEqual(y.Participants);

        public int GetHashCode(EventSignature? obj) => obj?.Type.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
