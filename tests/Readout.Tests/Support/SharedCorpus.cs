using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Readout.Ingest;
using Readout.Pipeline;
using Readout.Reporting;

namespace Readout.Tests.Support;

/// <summary>
/// The evaluation kit beside the checkout (../shared). Tests that need it use
/// <see cref="SharedFactAttribute"/>, which skips them with the reason when it is absent.
/// Each corpus is analyzed once per test run; every test gets its own copy of the output.
/// </summary>
public static class SharedCorpus
{
    public static readonly string? Root = Find();

    private static readonly ConcurrentDictionary<string, Lazy<Task<JsonObject>>> Analyzed = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, Lazy<Task<JsonObject>>> Cleaned = new(StringComparer.Ordinal);

    public static string Path(string relative) =>
        System.IO.Path.Combine(Root ?? throw new InvalidOperationException("../shared is not present"), relative);

    /// <summary>The contract JSON of the standard pipeline over a manifest.</summary>
    public static async Task<JsonObject> AnalyzeAsync(string manifestRelative) =>
        (await Analyzed.GetOrAdd(manifestRelative, manifest => new(() => RunAsync(manifest, AnalysisPipeline.Standard()))).Value).DeepClone().AsObject();

    /// <summary>The contract JSON of a manifest's articles cleaned but not annotated: enough for scoring text extraction.</summary>
    public static async Task<JsonObject> CleanAsync(string manifestRelative) =>
        (await Cleaned.GetOrAdd(manifestRelative, manifest => new(() => RunAsync(manifest, new AnalysisPipeline([], [])))).Value).DeepClone().AsObject();

    private static async Task<JsonObject> RunAsync(string manifestRelative, AnalysisPipeline pipeline)
    {
        var (articles, _) = await new InputReader(IngestOptions.Default).ReadAllAsync([Path(manifestRelative)]);
        return ContractJson.Build(pipeline.Analyze(articles), []);
    }

    /// <summary>Runs one of the kit's Python scorers with --json and returns its metrics.</summary>
    public static Dictionary<string, double> Score(string scorer, string goldRelative, JsonObject output)
    {
        var file = System.IO.Path.GetTempFileName();
        File.WriteAllText(file, ContractJson.Serialize(output));
        try
        {
            var info = new ProcessStartInfo("python3", [Path("eval/" + scorer), Path(goldRelative), file, "--json"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEnd();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{scorer} failed ({process.ExitCode}): {stderr}");
            }

            return JsonNode.Parse(stdout)!.AsObject()
                .Where(pair => pair.Value is JsonValue value && value.TryGetValue<double>(out _))
                .ToDictionary(pair => pair.Key, pair => pair.Value!.GetValue<double>());
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string? Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, "shared", "eval", "score.py");
            if (File.Exists(candidate))
            {
                return System.IO.Path.Combine(directory.FullName, "shared");
            }
        }

        return null;
    }
}

/// <summary>A fact that needs ../shared; skipped, saying why, where the kit is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (SharedCorpus.Root is null)
        {
            Skip = "../shared (the evaluation kit) is not beside this checkout, so this measurement cannot run";
        }
    }
}
