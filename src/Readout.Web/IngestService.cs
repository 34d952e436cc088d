using System.Text;
using System.Text.Json.Nodes;
using Readout.Core;
using Readout.Ingest;
using Readout.Pipeline;
using Readout.Storage;
using Readout.Stories;

namespace Readout.Web;

/// <summary>
/// Adds articles from the web app the way <c>readout ingest</c> does (<see cref="StoreWriter.Ingest"/>):
/// pasted or posted text as manifest lines, uploaded files and fetched URLs through the
/// <see cref="InputReader"/>, one write at a time from this process.
/// </summary>
public sealed class IngestService(StorePool pool, WebSettings settings)
{
    /// <summary>The manifest fields a posted article may carry; "path" is left out so a post never names a file on this machine.</summary>
    public static readonly string[] ArticleFields = ["id", "text", "source", "url", "published", "language", "title"];

    private static readonly string[] UploadExtensions = [".txt", ".text", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom"];

    private readonly SemaphoreSlim oneWriter = new(1, 1);
    private readonly StoreWriter writer = new(AnalysisPipeline.Standard());

    /// <summary>Reads the articles (objects with <see cref="ArticleFields"/>), the uploaded files and the URLs, then stores and places them.</summary>
    public async Task<IngestOutcome> IngestAsync(IReadOnlyList<JsonObject> articles, IReadOnlyList<IFormFile> files, IReadOnlyList<string> urls, CancellationToken cancellation)
    {
        var folder = Directory.CreateTempSubdirectory("readout-web-");
        try
        {
            var inputs = new List<string>();
            var failures = new List<IngestFailure>();
            if (articles.Count > 0)
            {
                var manifest = Path.Combine(folder.FullName, "manifest.jsonl");
                await File.WriteAllLinesAsync(manifest, articles.Select(ManifestLine), cancellation);
                inputs.Add(manifest);
            }

            foreach (var file in files)
            {
                var name = SafeFileName(file.FileName);
                if (!UploadExtensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
                {
                    failures.Add(new IngestFailure(file.FileName, $"not an article file (expected one of {string.Join(", ", UploadExtensions)})"));
                    continue;
                }

                var path = Path.Combine(folder.FullName, "uploads", name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await using (var target = File.Create(path))
                {
                    await file.CopyToAsync(target, cancellation);
                }

                inputs.Add(path);
            }

            var local = await new InputReader(IngestOptions.Default).ReadAllAsync(inputs, cancellation);
            var read = local.Articles;
            failures.AddRange(local.Failures.Select(f => f with { Input = Path.GetFileName(f.Input) }));
            foreach (var url in urls)
            {
                if (FetchGuard.Refusal(url, settings.AllowPrivateFetch) is { } refusal)
                {
                    failures.Add(new IngestFailure(url, refusal));
                    continue;
                }

                using var client = FetchGuard.Client(IngestOptions.Default, settings.AllowPrivateFetch);
                var fetched = await new InputReader(IngestOptions.Default, client).ReadAllAsync([url], cancellation);
                read.AddRange(fetched.Articles);
                failures.AddRange(fetched.Failures);
            }

            return await StoreAsync(read, failures, cancellation);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>An id for pasted text: the same text gets the same id.</summary>
    public static string PastedId(string text) =>
        "paste-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];

    private async Task<IngestOutcome> StoreAsync(IReadOnlyList<Article> articles, List<IngestFailure> failures, CancellationToken cancellation)
    {
        if (articles.Count == 0)
        {
            return new IngestOutcome([], failures, []);
        }

        await oneWriter.WaitAsync(cancellation);
        try
        {
            var report = await Task.Run(() => pool.Use(store => writer.Ingest(store, articles)), cancellation);
            failures.AddRange(report.Failures);
            var changes = pool.Use(store => Summaries(store, report.Changes));
            return new IngestOutcome([.. report.Stored.Select(pair => pair.Result)], failures, changes);
        }
        finally
        {
            oneWriter.Release();
        }
    }

    /// <summary>Each story once, with what happened to it over the whole write (a story created and then grown is still new).</summary>
    private static List<StoryChangeSummary> Summaries(IArticleStore store, IEnumerable<StoryChange> changes)
    {
        return [.. NetStoryChanges.Of(changes).Select(pair =>
        {
            var story = store.Story(pair.StoryId)?.Story;
            return new StoryChangeSummary(pair.StoryId, pair.Kind.ToString().ToLowerInvariant(), story?.Articles.Length ?? 0, story?.Headline);
        })];
    }

    private static string ManifestLine(JsonObject article)
    {
        var line = new JsonObject();
        foreach (var field in ArticleFields)
        {
            if (article[field] is JsonValue value)
            {
                line[field] = value.DeepClone();
            }
        }

        return line.ToJsonString();
    }

    private static string SafeFileName(string name)
    {
        var safe = new string([.. Path.GetFileName(name.Replace('\\', '/')).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]).TrimStart('.');
        return safe.Length == 0 ? "upload.txt" : safe;
    }
}
