using Readout.Stories;

namespace Readout.Tests.Stories;

public sealed class DatedPostingsTests
{
    private const int Window = 90;

    private static HashSet<int> NearStories(DatedPostings postings, int key, DateOnly? day) =>
        [.. postings.Near(key, day, Window).SelectMany(stories => stories)];

    [Fact]
    public void AStoryFiledMonthsAwayIsNotReturnedButAnUndatedOneAlwaysIs()
    {
        var postings = new DatedPostings(30);
        postings.AddKey();
        var day = new DateOnly(2024, 6, 1);
        postings.Add(0, postings.PeriodOf(day), 1);
        postings.Add(0, postings.PeriodOf(day.AddDays(400)), 2);
        postings.Add(0, postings.PeriodOf(null), 3);

        Assert.Equal([1, 3], NearStories(postings, 0, day.AddDays(10)).Order());
        Assert.Equal([2, 3], NearStories(postings, 0, day.AddDays(380)).Order());
        Assert.Equal([1, 2, 3], NearStories(postings, 0, null).Order());
    }

    [Fact]
    public void ARemovedStoryIsGoneAndAKeyWithNoStoriesGivesNone()
    {
        var postings = new DatedPostings(30);
        postings.AddKey();
        postings.AddKey();
        var period = postings.PeriodOf(new DateOnly(2024, 6, 1));
        postings.Add(0, period, 7);
        postings.Remove(0, period, 7);

        Assert.Empty(NearStories(postings, 0, new DateOnly(2024, 6, 1)));
        Assert.Empty(NearStories(postings, 1, null));
    }

    /// <summary>Whatever the stories' dates, the sets near a day hold every story of the key within the window of it.</summary>
    [Theory]
    [InlineData(1, 7)]
    [InlineData(2, 30)]
    [InlineData(3, 365)]
    public void NothingWithinTheWindowIsMissedWhetherAKeyHasFewPeriodsOrMany(int seed, int periodDays)
    {
        var random = new Random(seed);
        for (var trial = 0; trial < 200; trial++)
        {
            var postings = new DatedPostings(periodDays);
            postings.AddKey();
            var dates = new Dictionary<int, DateOnly?>();
            var stories = random.Next(1, 60);
            for (var story = 0; story < stories; story++)
            {
                DateOnly? date = random.Next(10) == 0 ? null : new DateOnly(2020, 1, 1).AddDays(random.Next(0, 3000));
                dates[story] = date;
                postings.Add(0, postings.PeriodOf(date), story);
            }

            var day = new DateOnly(2020, 1, 1).AddDays(random.Next(-200, 3200));
            var near = NearStories(postings, 0, day);
            var within = dates.Where(pair => pair.Value is not { } date || Math.Abs(date.DayNumber - day.DayNumber) <= Window).Select(pair => pair.Key);
            Assert.Subset(near, within.ToHashSet());
        }
    }
}
