using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using Readout.Core;

namespace Readout.Ingest;

/// <summary>
/// Turns command-line inputs (manifests, text/HTML/feed files, folders, URLs, "-" for stdin)
/// into articles. Every bad input yields an <see cref="IngestFailure"/> and reading goes on.
/// </summary>
public sealed class InputReader(IngestOptions options, HttpClient? httpClient = null, Func<Stream>? openStdin = null)
{
    private static readonly string[] ArticleExtensions = [".txt", ".text", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", ".jsonl", ".ndjson"];

    private readonly HttpClient http = httpClient ?? CreateHttpClient();
    private readonly Func<Stream> stdin = openStdin ?? Console.OpenStandardInput;

    /// <summary>
    /// A client that follows no redirects itself (<see cref="FetchIfChangedAsync"/> follows them, http and https
    /// only) and has no timeout of its own: the reader bounds each whole response by <see cref="IngestOptions.Timeout"/>.
    /// </summary>
    public static HttpClient CreateHttpClient()
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
        };
        var client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Readout/1.0 (+news reconciliation)");
        return client;
    }

    /// <summary>Files of the folders read so far that are not article files (by extension), so were skipped.</summary>
    public int SkippedFiles { get; private set; }

    /// <summary>Reads every input to the end and separates the articles from the inputs that failed.</summary>
    public async Task<(List<Article> Articles, List<IngestFailure> Failures)> ReadAllAsync(IEnumerable<string> inputs, CancellationToken cancellation = default)
    {
        var articles = new List<Article>();
        var failures = new List<IngestFailure>();
        await foreach (var result in ReadAsync(inputs, cancellation))
        {
            switch (result)
            {
                case IngestedArticle ingested:
                    articles.Add(ingested.Article);
                    break;
                case IngestFailure failure:
                    failures.Add(failure);
                    break;
            }
        }

        return (articles, failures);
    }

    /// <summary>Reads every input in order; ids must be unique across the whole batch.</summary>
    public async IAsyncEnumerable<IngestResult> ReadAsync(IEnumerable<string> inputs, [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            await foreach (var result in ReadOneAsync(input, cancellation))
            {
                if (result is IngestedArticle { Article: var article })
                {
                    if (seen.TryGetValue(article.Id, out var firstOrigin))
                    {
                        yield return new IngestFailure(article.Origin, $"duplicate id '{article.Id}', already read from {firstOrigin}");
                        continue;
                    }

                    seen[article.Id] = article.Origin;
                }

                yield return result;
            }
        }
    }

    private async IAsyncEnumerable<IngestResult> ReadOneAsync(string input, [EnumeratorCancellation] CancellationToken cancellation)
    {
        if (input == "-")
        {
            foreach (var result in await Guard("stdin", () => ReadStdinAsync(cancellation)))
            {
                yield return result;
            }
        }
        else if (Uri.TryCreate(input, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            foreach (var result in await Guard(input, () => FetchAsync(uri, cancellation)))
            {
                yield return result;
            }
        }
        else if (Directory.Exists(input))
        {
            var listing = ListFolder(input);
            SkippedFiles += listing.Skipped;
            foreach (var unreadable in listing.Unreadable)
            {
                yield return unreadable;
            }

            if (listing.Files.Count == 0 && listing.Unreadable.Count == 0)
            {
                yield return new IngestFailure(input, listing.Skipped == 0
                    ? "empty folder"
                    : $"no article files in this folder ({Plural.Of(listing.Skipped, "other file")} skipped; articles are {string.Join(" ", ArticleExtensions)})");
            }

            foreach (var file in listing.Files)
            {
                foreach (var result in ReadFile(file))
                {
                    yield return result;
                }
            }
        }
        else
        {
            foreach (var result in ReadFile(input))
            {
                yield return result;
            }
        }
    }

    /// <summary>A folder with a manifest.jsonl is read through it; otherwise every article file in it, recursively.</summary>
    public static IReadOnlyList<string> FolderFiles(string folder) => ListFolder(folder).Files;

    /// <summary>
    /// The article files of a folder in ordinal order (its manifest.jsonl alone when it has one), how many other
    /// files were skipped, and the subfolders that could not be read. Linked subfolders are not followed, so a
    /// link back to a parent cannot loop.
    /// </summary>
    public static FolderListing ListFolder(string folder)
    {
        var manifest = Path.Combine(folder, "manifest.jsonl");
        if (File.Exists(manifest))
        {
            return new FolderListing([manifest], 0, []);
        }

        var files = new List<string>();
        var unreadable = new List<IngestFailure>();
        var skipped = 0;
        var pending = new Stack<string>([folder]);
        while (pending.TryPop(out var current))
        {
            string[] entries, subfolders;
            try
            {
                entries = Directory.GetFiles(current);
                subfolders = Directory.GetDirectories(current);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                unreadable.Add(new IngestFailure(current, $"cannot read folder ({PlainReason(e)})"));
                continue;
            }

            foreach (var file in entries)
            {
                if (ArticleExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
                {
                    files.Add(file);
                }
                else
                {
                    skipped++;
                }
            }

            foreach (var subfolder in subfolders.Where(sub => new DirectoryInfo(sub).LinkTarget is null).OrderDescending(StringComparer.Ordinal))
            {
                pending.Push(subfolder);
            }
        }

        files.Sort(StringComparer.Ordinal);
        return new FolderListing(files, skipped, unreadable);
    }

    /// <summary>What went wrong with a file or folder, without the path the caller names already.</summary>
    private static string PlainReason(Exception e) => e switch
    {
        UnauthorizedAccessException or System.Security.SecurityException => "permission denied",
        PathTooLongException => "path too long",
        _ => e.Message,
    };

    private IEnumerable<IngestResult> ReadFile(string path)
    {
        IReadOnlyList<IngestResult> results;
        try
        {
            var text = LoadText(path);
            if (Kind(path, text, contentType: null) == InputKind.Manifest)
            {
                return ManifestReader.Read(text, path, (file, id) => ParseFile(file, LoadText(file), id));
            }

            results = ParseFile(path, text, Path.GetFileNameWithoutExtension(path)).Select(a => (IngestResult)new IngestedArticle(a)).ToList();
        }
        catch (InputException e)
        {
            results = [new IngestFailure(path, e.Message)];
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            results = [Unexpected(path, e)];
        }

        return results;
    }

    private string LoadText(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(Directory.Exists(path) ? "is a folder, expected a file" : "file not found");
        }

        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > options.MaxBytes)
            {
                throw new InputException($"file is {length:N0} bytes, over the {options.MaxBytes:N0}-byte cap");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot read file ({PlainReason(e)})");
        }

        return DecodeNonEmpty(bytes, IsHtmlPath(path) ? HtmlArticleReader.DeclaredCharset(bytes) : null);
    }

    private static string DecodeNonEmpty(byte[] bytes, string? charset)
    {
        var text = WithoutNul(TextDecoder.Decode(bytes, charset));
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException("empty text");
        }

        return text;
    }

    /// <summary>
    /// A NUL past the binary sniff's window, or escaped in JSON, becomes U+FFFD as an undecodable byte does:
    /// SQLite and terminals cut text at a NUL.
    /// </summary>
    public static string WithoutNul(string text) => text.Contains('\0') ? text.Replace('\0', '\uFFFD') : text;

    private static IReadOnlyList<Article> ParseFile(string path, string text, string id) =>
        Parse(text, Kind(path, text, contentType: null), origin: path, id: id, url: null);

    private static IReadOnlyList<Article> Parse(string text, InputKind kind, string origin, string id, string? url)
    {
        switch (kind)
        {
            case InputKind.Html:
                var page = HtmlArticleReader.Read(text, url);
                return [new Article(id, page.Text, origin, page.Outlet, url, page.Published, page.Language, page.Title)];
            case InputKind.Feed:
                var items = FeedReader.Read(text, origin, id);
                return items.Count > 0 ? items : throw new InputException("feed has no items with text");
            case InputKind.Manifest:
                throw new InputException("a manifest cannot name another manifest");
            default:
                return [new Article(id, text, origin, Url: url)];
        }
    }

    private async Task<IReadOnlyList<Article>> ReadStdinAsync(CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        await using (var input = stdin())
        {
            await CopyCappedAsync(input, buffer, cancellation);
        }

        var text = DecodeNonEmpty(buffer.ToArray(), null);
        var kind = Kind("stdin", text, contentType: null);
        if (kind == InputKind.Manifest)
        {
            throw new InputException("a manifest on stdin has no folder for its paths; pass the manifest file instead");
        }

        return Parse(text, kind, "stdin", "stdin", null);
    }

    private async Task<IReadOnlyList<Article>> FetchAsync(Uri uri, CancellationToken cancellation) =>
        (await FetchIfChangedAsync(uri, validators: null, cancellation)).Articles;

    /// <summary>
    /// Fetches a page or feed; with <paramref name="validators"/> from an earlier fetch the request
    /// is conditional (If-None-Match, If-Modified-Since) and an unchanged resource yields no articles.
    /// The whole exchange (redirects, headers and body) must finish within the timeout, and the body,
    /// once decompressed, within the size cap.
    /// </summary>
    /// <exception cref="InputException">The response is an HTTP error, too slow, over the size cap, broken or unreadable.</exception>
    public async Task<FetchedResource> FetchIfChangedAsync(Uri uri, FetchValidators? validators, CancellationToken cancellation)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(options.Timeout);
        try
        {
            return await FetchWithinAsync(uri, validators, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw new InputException($"timed out: the whole response did not arrive within {options.Timeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException e)
        {
            throw new InputException($"request failed ({e.InnerException?.Message ?? e.Message})");
        }
        catch (InvalidDataException)
        {
            throw new InputException("the response body is corrupt (it does not decompress)");
        }
        catch (HttpIOException)
        {
            throw new InputException("the connection broke off before the whole response arrived");
        }
        catch (IOException e)
        {
            throw new InputException($"the connection broke off before the whole response arrived ({e.Message})");
        }
    }

    private async Task<FetchedResource> FetchWithinAsync(Uri uri, FetchValidators? validators, CancellationToken cancellation)
    {
        var (response, finalUrl) = await SendFollowingRedirectsAsync(uri, validators, cancellation);
        using var _ = response;
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchedResource([], validators, IsFeed: false, NotModified: true);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new InputException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        }

        if (response.Content.Headers.ContentLength > options.MaxBytes)
        {
            throw new InputException($"response is {response.Content.Headers.ContentLength:N0} bytes, over the {options.MaxBytes:N0}-byte cap");
        }

        using var buffer = new MemoryStream();
        await using (var body = await response.Content.ReadAsStreamAsync(cancellation))
        {
            await CopyCappedAsync(body, buffer, cancellation);
        }

        var bytes = buffer.ToArray();
        var text = DecodeNonEmpty(bytes, response.Content.Headers.ContentType?.CharSet ?? HtmlArticleReader.DeclaredCharset(bytes));
        var kind = Kind(finalUrl.AbsolutePath, text, response.Content.Headers.ContentType?.MediaType);
        if (kind == InputKind.Manifest)
        {
            throw new InputException("is a JSON Lines manifest; manifests are read from local files only (download it and pass the file)");
        }

        var articles = Parse(text, kind, uri.ToString(), UrlId(finalUrl), finalUrl.ToString());
        var received = new FetchValidators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified);
        return new FetchedResource(articles, received, kind == InputKind.Feed, NotModified: false);
    }

    /// <summary>Sends the request and follows redirects itself: http and https only, at most MaxRedirects, naming a loop.</summary>
    private async Task<(HttpResponseMessage Response, Uri FinalUrl)> SendFollowingRedirectsAsync(Uri uri, FetchValidators? validators, CancellationToken cancellation)
    {
        var visited = new List<Uri> { uri };
        var current = uri;
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            if (validators?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
            {
                request.Headers.IfNoneMatch.Add(tag);
            }

            if (validators?.LastModified is { } lastModified)
            {
                request.Headers.IfModifiedSince = lastModified;
            }

            var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation);
            if ((int)response.StatusCode is not (301 or 302 or 303 or 307 or 308))
            {
                return (response, current);
            }

            var location = response.Headers.Location;
            response.Dispose();
            if (location is null)
            {
                throw new InputException($"HTTP {(int)response.StatusCode} redirect without a valid Location");
            }

            var next = location.IsAbsoluteUri ? location : new Uri(current, location);
            if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
            {
                throw new InputException($"redirected to a {next.Scheme}: URL; only http and https are followed");
            }

            if (visited.Contains(next))
            {
                throw new InputException($"redirect loop: {string.Join(" -> ", visited.SkipWhile(seen => seen != next))} -> {next}");
            }

            if (visited.Count > options.MaxRedirects)
            {
                throw new InputException($"more than {options.MaxRedirects} redirects");
            }

            visited.Add(next);
            current = next;
        }
    }

    private async Task CopyCappedAsync(Stream source, MemoryStream target, CancellationToken cancellation)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellation)) > 0)
        {
            target.Write(chunk, 0, read);
            if (target.Length > options.MaxBytes)
            {
                throw new InputException($"more than {options.MaxBytes:N0} bytes, over the size cap");
            }
        }
    }

    private async Task<IReadOnlyList<IngestResult>> Guard(string input, Func<Task<IReadOnlyList<Article>>> read)
    {
        try
        {
            return (await read()).Select(article => (IngestResult)new IngestedArticle(article)).ToList();
        }
        catch (InputException e)
        {
            return [new IngestFailure(input, e.Message)];
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            return [Unexpected(input, e)];
        }
    }

    /// <summary>A reader's own fault on one input: that input fails, the batch goes on.</summary>
    private static IngestFailure Unexpected(string input, Exception e) =>
        new(input, $"could not be read (internal error {e.GetType().Name}: {e.Message})");

    private static string UrlId(Uri uri)
    {
        var stem = Path.GetFileNameWithoutExtension(uri.AbsolutePath.TrimEnd('/'));
        return string.IsNullOrEmpty(stem) ? uri.Host : $"{stem}-{FeedReader.ShortHash(uri.ToString())[..6]}";
    }

    private static bool IsHtmlPath(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm" or ".xhtml";

    private enum InputKind
    {
        Text,
        Html,
        Feed,
        Manifest,
    }

    private static InputKind Kind(string path, string text, string? contentType)
    {
        if (contentType is not null)
        {
            if (contentType.Contains("html", StringComparison.OrdinalIgnoreCase))
            {
                return InputKind.Html;
            }

            if (contentType.Contains("xml", StringComparison.OrdinalIgnoreCase) || contentType.Contains("rss", StringComparison.OrdinalIgnoreCase))
            {
                return InputKind.Feed;
            }
        }

        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".jsonl" or ".ndjson":
                return InputKind.Manifest;
            case ".html" or ".htm" or ".xhtml":
                return InputKind.Html;
            case ".xml" or ".rss" or ".atom":
                return InputKind.Feed;
            case ".txt" or ".text":
                return InputKind.Text;
        }

        var head = text.TrimStart();
        if (head.StartsWith('<'))
        {
            return FeedReader.LooksLikeFeed(head) ? InputKind.Feed : InputKind.Html;
        }

        return ManifestReader.LooksLikeManifest(head) ? InputKind.Manifest : InputKind.Text;
    }
}

