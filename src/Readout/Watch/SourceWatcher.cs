using Readout.Core;
using Readout.Ingest;

namespace Readout.Watch;

/// <summary>
/// Follows feeds, pages and folders: polls each source when it is due, with conditional requests,
/// brings back only what is new since the last poll, and backs a failing source off on its own
/// (doubling its wait per failure, up to <see cref="WatchOptions.MaxBackoff"/>) while the others go on.
/// What a store already holds (<c>isStored</c>) is not brought back, so a watcher started again
/// tomorrow fetches no article page it stored today.
/// </summary>
public sealed class SourceWatcher
{
    private readonly InputReader reader;
    private readonly WatchOptions options;
    private readonly TimeProvider clock;
    private readonly List<WatchedSource> sources;
    private readonly Func<Article, bool> isStored;

    public SourceWatcher(IEnumerable<string> sources, InputReader reader, WatchOptions options, TimeProvider? clock = null, Func<Article, bool>? isStored = null)
    {
        this.reader = reader;
        this.isStored = isStored ?? (_ => false);
        this.options = options;
        this.clock = clock ?? TimeProvider.System;
        var now = this.clock.GetUtcNow();
        this.sources = [.. sources.Distinct(StringComparer.Ordinal).Select(location => new WatchedSource(location, now))];
    }

    public IReadOnlyList<string> Sources => [.. sources.Select(source => source.Location)];

    /// <summary>When the next source is due.</summary>
    public DateTimeOffset NextDue => sources.Count == 0 ? clock.GetUtcNow() + options.Interval : sources.Min(source => source.NextDue);

    /// <summary>Polls every source that is due now, in the order they were given.</summary>
    public async Task<IReadOnlyList<SourcePoll>> PollDueAsync(CancellationToken cancellation)
    {
        var polls = new List<SourcePoll>();
        foreach (var source in sources.Where(source => source.NextDue <= clock.GetUtcNow()).ToList())
        {
            polls.Add(await PollAsync(source, cancellation));
        }

        return polls;
    }

    /// <summary>
    /// Polls until <paramref name="stop"/> is signalled. Each round's new articles go to
    /// <paramref name="ingest"/> in one call that is not cancelled, so that what it acknowledges is
    /// stored whole; a stop during a poll drops that round, whose articles nothing has acknowledged.
    /// </summary>
    public async Task RunAsync(Func<IReadOnlyList<Article>, Task> ingest, Action<SourcePoll> report, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            IReadOnlyList<SourcePoll> polls;
            try
            {
                polls = await PollDueAsync(stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }

            foreach (var poll in polls)
            {
                report(poll);
            }

            var articles = polls.SelectMany(poll => poll.Articles).DistinctBy(article => article.Id, StringComparer.Ordinal).ToList();
            if (articles.Count > 0)
            {
                await ingest(articles);
            }

            var wait = NextDue - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, clock, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<SourcePoll> PollAsync(WatchedSource source, CancellationToken cancellation)
    {
        var failures = new List<IngestFailure>();
        IReadOnlyList<Article> articles = [];
        var notModified = false;
        try
        {
            if (Uri.TryCreate(source.Location, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                var fetched = await reader.FetchIfChangedAsync(uri, source.Validators, cancellation);
                source.Validators = fetched.Validators;
                notModified = fetched.NotModified;
                articles = fetched.IsFeed
                    ? await NewFeedItemsAsync(source, fetched.Articles, failures, cancellation)
                    : NewPageVersions(source, fetched.Articles);
            }
            else
            {
                articles = await ChangedFilesAsync(source, failures, cancellation);
            }

            source.Failures = 0;
        }
        catch (Exception e) when (Failure(e, cancellation) is { } reason)
        {
            source.Failures++;
            failures.Add(new IngestFailure(source.Location, reason));
        }

        source.NextDue = clock.GetUtcNow() + options.Backoff(source.Failures);
        return new SourcePoll(source.Location, articles, failures, notModified, source.NextDue);
    }

    private static string? Failure(Exception e, CancellationToken cancellation) => e switch
    {
        InputException input => input.Message,
        HttpRequestException http => $"request failed ({http.Message})",
        OperationCanceledException when !cancellation.IsCancellationRequested => "timed out",
        _ => null,
    };

    private async Task<IReadOnlyList<Article>> NewFeedItemsAsync(WatchedSource source, IReadOnlyList<Article> items, List<IngestFailure> failures, CancellationToken cancellation)
    {
        var fresh = new List<Article>();
        foreach (var item in items)
        {
            if (!source.Seen.Add(item.Url ?? item.Id) || isStored(item))
            {
                continue;
            }

            fresh.Add(options.FetchArticlePages ? await WithPageTextAsync(item, failures, cancellation) : item);
        }

        return fresh;
    }

    /// <summary>A feed item usually carries a summary: the page behind it gives the main text, when it gives more.</summary>
    private async Task<Article> WithPageTextAsync(Article item, List<IngestFailure> failures, CancellationToken cancellation)
    {
        if (!Uri.TryCreate(item.Url, UriKind.Absolute, out var link) || link.Scheme is not ("http" or "https"))
        {
            return item;
        }

        try
        {
            var page = await reader.FetchIfChangedAsync(link, validators: null, cancellation);
            var main = page.Articles.Count == 1 && !page.IsFeed ? page.Articles[0] : null;
            return main is not null && main.RawText.Length > item.RawText.Length
                ? item with
                {
                    RawText = main.RawText,
                    Title = item.Title ?? main.Title,
                    Published = item.Published ?? main.Published,
                    Language = item.Language ?? main.Language,
                    Source = main.Source ?? item.Source,
                }
                : item;
        }
        catch (Exception e) when (Failure(e, cancellation) is { } reason)
        {
            failures.Add(new IngestFailure(item.Url!, $"{reason}; kept the feed's text"));
            return item;
        }
    }

    /// <summary>A page is one article per version: a changed text is a new article beside the old one.</summary>
    private IReadOnlyList<Article> NewPageVersions(WatchedSource source, IReadOnlyList<Article> pages) =>
        pages.Select(page => (page, version: FeedReader.ShortHash(page.RawText)[..8]))
            .Where(pair => source.Seen.Add(pair.version))
            .Select(pair => pair.page with { Id = $"{pair.page.Id}-{pair.version}" })
            .Where(page => !isStored(page with { Url = null }))
            .ToList();

    private async Task<IReadOnlyList<Article>> ChangedFilesAsync(WatchedSource source, List<IngestFailure> failures, CancellationToken cancellation)
    {
        IReadOnlyList<string> files = Directory.Exists(source.Location)
            ? InputReader.FolderFiles(source.Location)
            : File.Exists(source.Location) ? [source.Location] : throw new InputException("no such file or folder");
        var changed = new List<string>();
        foreach (var file in files)
        {
            var info = new FileInfo(file);
            var stamp = (info.LastWriteTimeUtc, info.Length);
            if (!source.Files.TryGetValue(file, out var known) || known != stamp)
            {
                source.Files[file] = stamp;
                changed.Add(file);
            }
        }

        var (articles, unread) = await reader.ReadAllAsync(changed, cancellation);
        failures.AddRange(unread);
        return [.. articles.Where(article => !isStored(article))];
    }

    /// <summary>What the watcher remembers of one source between polls.</summary>
    private sealed class WatchedSource(string location, DateTimeOffset due)
    {
        public string Location { get; } = location;

        public FetchValidators? Validators { get; set; }

        public int Failures { get; set; }

        public DateTimeOffset NextDue { get; set; } = due;

        /// <summary>Feed item links, or page versions, already brought back.</summary>
        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, (DateTime Modified, long Length)> Files { get; } = new(StringComparer.Ordinal);
    }
}
