using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;
using System.Globalization;
using Readout.Pipeline;
using Readout.Storage;
using Readout.Web;

namespace Readout.Bench;

/// <summary>
/// <c>web [--db FILE] [--size N] [--shared DIR] [--runs N]</c>: server time of the web app's timeline
/// and story pages on a large store: requests to a real Kestrel on 127.0.0.1, p50/p99 of the time the
/// server reports in its Server-Timing header and of the whole round trip. Uses the store at --db
/// when it exists, else builds one of --size articles replicated from ../shared/corpus there.
/// </summary>
public static class WebBenchmark
{
    private static readonly string[] Searches = ["police", "earthquake", "president", "talks", "killed"];
    private static readonly string[] Actors = ["Putin", "Trump", "Obama", "Zelensky"];

    public static async Task<int> RunAsync(string[] args)
    {
        var size = int.Parse(BenchArguments.Option(args, "--size") ?? "10000", CultureInfo.InvariantCulture);
        var db = BenchArguments.Option(args, "--db") ?? Path.Combine(Path.GetTempPath(), $"readout-web-bench-{size}.db");
        var runs = int.Parse(BenchArguments.Option(args, "--runs") ?? "200", CultureInfo.InvariantCulture);
        if (!File.Exists(db))
        {
            await BuildAsync(db, size, BenchArguments.Option(args, "--shared") ?? "../shared");
        }

        int articles, stories;
        List<string> storyIds;
        using (var store = new ArticleStore(db))
        {
            (articles, storyIds) = (store.ArticleCount, [.. store.Stories().Select(story => story.Id)]);
            stories = storyIds.Count;
        }

        await using var app = ReadoutWebApp.Create(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"], new WebSettings(db));
        var (startup, _) = await TimeAsync(() => app.StartAsync());
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var catalog = app.Services.GetRequiredService<StoryCatalog>();
        var (catalogLoaded, _) = await TimeAsync(async () =>
        {
            while (!catalog.IsLoaded)
            {
                await Task.Delay(10);
            }

            return 0;
        });
        var (firstTimeline, _) = await TimeAsync(() => http.GetStringAsync("/"));

        Console.WriteLine($"# Web app server time, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine();
        Console.WriteLine($"{db}: {articles} articles, {stories} stories; {Environment.ProcessorCount} logical cores; start {startup:F0} ms, story catalog loaded {catalogLoaded:F0} ms after the start (as the server starts), then the first timeline {firstTimeline:F0} ms");
        Console.WriteLine();
        Console.WriteLine("| request | runs | server p50 ms | server p99 ms | server max ms | round trip p50 ms | round trip p99 ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, path) in new (string, Func<int, string>)[]
        {
            ("timeline, newest 50 (`/`)", _ => "/"),
            ("timeline, page 20", _ => "/?page=20"),
            ("timeline filtered by actor", i => $"/?actor={Actors[i % Actors.Length]}"),
            ("timeline with full-text search", i => $"/?q={Searches[i % Searches.Length]}"),
            ("story page, first view (`/stories/ID`)", i => $"/stories/{storyIds[(i + 10) * 7919 % storyIds.Count]}"),
            ("story page, seen before", i => $"/stories/{storyIds[i % 5 * 7919 % storyIds.Count]}"),
            ("story JSON (`/api/stories/ID`)", i => $"/api/stories/{storyIds[i * 7919 % storyIds.Count]}"),
        })
        {
            for (var i = 0; i < 5; i++)
            {
                await http.GetStringAsync(path(i));
            }

            var (server, roundTrip) = (new List<double>(runs), new List<double>(runs));
            for (var i = 0; i < runs; i++)
            {
                var (elapsed, response) = await TimeAsync(async () =>
                {
                    var answer = await http.GetAsync(path(i));
                    await answer.Content.ReadAsStringAsync();
                    return answer;
                });
                roundTrip.Add(elapsed);
                server.Add(ServerMilliseconds(response));
            }

            server.Sort();
            roundTrip.Sort();
            Console.WriteLine($"| {name} | {runs} | {P50(server):F1} | {P99(server):F1} | {server[^1]:F1} | {P50(roundTrip):F1} | {P99(roundTrip):F1} |");
        }

        await app.StopAsync();
        return 0;
    }

    private static double P50(List<double> sorted) => sorted[(sorted.Count - 1) / 2];

    private static double P99(List<double> sorted) => sorted[(int)Math.Ceiling(sorted.Count * 0.99) - 1];

    /// <summary>The app's own time from "Server-Timing: app;dur=12.34".</summary>
    private static double ServerMilliseconds(HttpResponseMessage response) =>
        double.Parse(response.Headers.GetValues("Server-Timing").Single().Split("dur=")[1], CultureInfo.InvariantCulture);

    private static async Task BuildAsync(string db, int size, string shared)
    {
        var pipeline = AnalysisPipeline.Standard();
        var baseArticles = await ReplicatedCorpus.ReadBaseAsync(shared);
        var documents = ReplicatedCorpus.Build(baseArticles, size).AsParallel().AsOrdered().Select(pipeline.AnalyzeDocument).ToList();
        using var store = new ArticleStore(db);
        new StoreWriter(pipeline).Store(store, documents);
    }

    private static async Task<(double Milliseconds, T Value)> TimeAsync<T>(Func<Task<T>> work)
    {
        var watch = Stopwatch.StartNew();
        var value = await work();
        return (watch.Elapsed.TotalMilliseconds, value);
    }

    private static async Task<(double Milliseconds, bool Done)> TimeAsync(Func<Task> work)
    {
        var watch = Stopwatch.StartNew();
        await work();
        return (watch.Elapsed.TotalMilliseconds, true);
    }

}
