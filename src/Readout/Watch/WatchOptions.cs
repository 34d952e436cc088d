namespace Readout.Watch;

/// <summary>How often sources are polled and how far a failing source is backed off.</summary>
/// <param name="FetchArticlePages">Fetch the page behind each new feed item for its full main text.</param>
public sealed record WatchOptions(TimeSpan Interval, TimeSpan MaxBackoff, bool FetchArticlePages = true)
{
    public static WatchOptions Default { get; } = new(TimeSpan.FromMinutes(5), TimeSpan.FromHours(1));

    /// <summary>Wait before the next poll after <paramref name="failures"/> failures in a row: the interval doubled per failure, capped.</summary>
    public TimeSpan Backoff(int failures)
    {
        if (failures <= 0)
        {
            return Interval;
        }

        var factor = Math.Pow(2, Math.Min(failures, 30));
        var ticks = Math.Min(Interval.Ticks * factor, MaxBackoff.Ticks);
        return TimeSpan.FromTicks((long)Math.Max(ticks, Interval.Ticks));
    }
}
