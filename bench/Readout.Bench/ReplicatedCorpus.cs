using System.Globalization;
using Readout.Core;
using Readout.Ingest;

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
