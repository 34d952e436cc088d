namespace Readout.Stories;

/// <summary>
/// The stories that hold each feature key, filed by the period their main event falls in, so that
/// a key's stories near one date are found without walking its stories of every other year.
/// </summary>
/// <param name="periodDays">How many days one period spans.</param>
public sealed class DatedPostings(int periodDays)
{
    /// <summary>The period of a story without a date, which is near every date.</summary>
    public const int Undated = int.MinValue;

    private readonly List<Dictionary<int, HashSet<int>>?> byKey = [];

    /// <summary>Makes room for the next key number.</summary>
    public void AddKey() => byKey.Add(null);

    /// <summary>The period a story dated <paramref name="day"/> is filed under.</summary>
    public int PeriodOf(DateOnly? day) => day is { } known ? known.DayNumber / periodDays : Undated;

    public void Add(int key, int period, int story)
    {
        var periods = byKey[key] ??= [];
        if (!periods.TryGetValue(period, out var stories))
        {
            periods[period] = stories = [];
        }

        stories.Add(story);
    }

    public void Remove(int key, int period, int story)
    {
        var periods = byKey[key]!;
        var stories = periods[period];
        stories.Remove(story);
        if (stories.Count == 0)
        {
            periods.Remove(period);
        }
    }

    /// <summary>
    /// The sets of the key's stories filed within <paramref name="windowDays"/> of <paramref name="day"/>'s period,
    /// and its undated stories; every set of the key when the day is unknown. A set may hold stories a little
    /// outside the window: the caller checks each story's date.
    /// </summary>
    public IEnumerable<HashSet<int>> Near(int key, DateOnly? day, int windowDays)
    {
        if (byKey[key] is not { } periods)
        {
            yield break;
        }

        if (day is not { } known)
        {
            foreach (var stories in periods.Values)
            {
                yield return stories;
            }

            yield break;
        }

        var (first, last) = (Math.Max(known.DayNumber - windowDays, 0) / periodDays, (known.DayNumber + windowDays) / periodDays);
        if (periods.Count <= last - first + 2)
        {
            foreach (var (period, stories) in periods)
            {
                if (period == Undated || (period >= first && period <= last))
                {
                    yield return stories;
                }
            }

            yield break;
        }

        if (periods.TryGetValue(Undated, out var undated))
        {
            yield return undated;
        }

        for (var period = first; period <= last; period++)
        {
            if (periods.TryGetValue(period, out var stories))
            {
                yield return stories;
            }
        }
    }
}
