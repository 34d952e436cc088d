using System.Globalization;
using Readout.Core;
using Readout.Ingest;
using Readout.Stories;

namespace Readout.Bench;

/// <summary>
/// A corpus of any size made from the real texts in ../shared/corpus: the base articles first,
/// then copies, each copy with its own id, URL and outlet, dated a whole number of weeks later
/// (so weekdays in the text still fit; a copy of an undated text is dated as a feed would date it),
/// and a closing line that gives it its own content hash.
/// </summary>
public static class ReplicatedCorpus
{
    public static readonly string[] Manifests = ["ecbplus", "polnear-dev", "leader-calls-dev", "seeds"];

    public static async Task<IReadOnlyList<Article>> ReadBaseAsync(string shared)
    {
        var paths = Manifests.Select(name => Path.Combine(shared, "corpus", name, "manifest.jsonl")).ToList();
        var missing = paths.Where(path => !File.Exists(path)).ToList();
        if (missing.Count > 0)
        {
            throw new FileNotFoundException($"corpus manifest not found: {string.Join(", ", missing)} (pass --shared DIR)");
        }

        var (articles, failures) = await new InputReader(IngestOptions.Default).ReadAllAsync(paths);
        foreach (var failure in failures)
        {
            Console.Error.WriteLine($"error: {failure.Input}: {failure.Reason}");
        }

        return articles;
    }

    /// <summary>The first <paramref name="count"/> articles of base, copy 1, copy 2, ...</summary>
    public static IReadOnlyList<Article> Build(IReadOnlyList<Article> baseArticles, int count, int skip = 0) =>
        [.. Enumerable.Range(skip, count).Select(index => Copy(baseArticles[index % baseArticles.Count], index / baseArticles.Count))];

    /// <summary>
    /// A copy's features as if its event had happened as many weeks after the original's as the copy's
    /// number: the main event's date and the days, months and years the text points at move with it.
    /// The copies of one text are then a weekly event (a briefing, a match day), not one event
    /// reported a hundred times, so the news around any date is as dense at 100k articles as at 1k.
    /// </summary>
    public static ArticleFeatures AsWeeklyEvent(ArticleFeatures features)
    {
        var at = features.Id.LastIndexOf('~');
        if (at < 0 || !int.TryParse(features.Id.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var copy))
        {
            return features;
        }

        DateOnly? Moved(DateOnly? date) => date?.AddDays(7 * copy);
        return features with
        {
            Date = Moved(features.Date),
            Event = features.Event is { } signature ? signature with { Date = Moved(signature.Date) } : null,
            Periods = [.. features.Periods.Select(period => MovedPeriod(period, 7 * copy))],
        };
    }

    /// <summary>"2013-06-13", "2013-06" or "2013" moved by some days (a month by its middle, a year by its own middle).</summary>
    private static string MovedPeriod(string period, int days) => period.Length switch
    {
        10 when DateOnly.TryParseExact(period, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) =>
            day.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        7 when DateOnly.TryParseExact(period + "-15", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var middle) =>
            middle.AddDays(days).ToString("yyyy-MM", CultureInfo.InvariantCulture),
        4 when DateOnly.TryParseExact(period + "-07-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var middle) =>
            middle.AddDays(days).ToString("yyyy", CultureInfo.InvariantCulture),
        _ => period,
    };

    /// <summary>What a feed would stamp on an item whose text gives no date: the copies of undated texts are dated from here, a week apart.</summary>
    private const string UndatedBase = "2024-01-01";

    private static Article Copy(Article article, int copy) => copy == 0 ? article : article with
    {
        Id = $"{article.Id}~{copy}",
        RawText = $"{article.RawText}\n\nFiled as copy {copy}.",
        Source = $"{article.Source ?? "Outlet"} {copy}",
        Url = article.Url is null ? null : $"{article.Url}#copy-{copy}",
        Published = ShiftWeeks(article.Published ?? UndatedBase, copy),
    };

    private static string? ShiftWeeks(string published, int weeks)
    {

        if (DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.AddDays(7 * weeks).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
            ? moment.AddDays(7 * weeks).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)
            : published;
    }
}
