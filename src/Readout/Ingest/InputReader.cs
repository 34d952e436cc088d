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

    private readonly HttpClient http = httpClient ?? CreateHttpClient(options);
    private readonly Func<Stream> stdin = openStdin ?? Console.OpenStandardInput;

    public static HttpClient CreateHttpClient(IngestOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = Math.Max(1, options.MaxRedirects),
            AutomaticDecompression = DecompressionMethods.All,
        };
        var client = new HttpClient(handler) { Timeout = options.Timeout };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Readout/1.0 (+news reconciliation)");
        return client;
    }

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
            foreach (var file in FolderFiles(input))
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
    public static IReadOnlyList<string> FolderFiles(string folder)
    {
        var manifest = Path.Combine(folder, "manifest.jsonl");
        if (File.Exists(manifest))
        {
            return [manifest];
        }

        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => ArticleExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

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
            throw new InputException($"cannot read file ({e.Message})");
        }

        return DecodeNonEmpty(bytes, IsHtmlPath(path) ? HtmlArticleReader.DeclaredCharset(bytes) : null);
    }

    private static string DecodeNonEmpty(byte[] bytes, string? charset)
    {
        var text = TextDecoder.Decode(bytes, charset);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException("empty text");
        }

        return text;
    }

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
    /// </summary>
    /// <exception cref="InputException">The response is an HTTP error, over the size cap or unreadable.</exception>
    public async Task<FetchedResource> FetchIfChangedAsync(Uri uri, FetchValidators? validators, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (validators?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (validators?.LastModified is { } lastModified)
        {
            request.Headers.IfModifiedSince = lastModified;
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation);
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
        var finalUrl = response.RequestMessage?.RequestUri ?? uri;
        var kind = Kind(finalUrl.AbsolutePath, text, response.Content.Headers.ContentType?.MediaType);
        var id = UrlId(finalUrl);
        var articles = Parse(text, kind == InputKind.Manifest ? InputKind.Text : kind, uri.ToString(), id, finalUrl.ToString());
        var received = new FetchValidators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified);
        return new FetchedResource(articles, received, kind == InputKind.Feed, NotModified: false);
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
        catch (TaskCanceledException e) when (e.InnerException is TimeoutException)
        {
            return [new IngestFailure(input, $"timed out after {options.Timeout.TotalSeconds:0.#} s")];
        }
        catch (HttpRequestException e)
        {
            return [new IngestFailure(input, $"request failed ({e.Message})")];
        }
    }

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

