using System.Text.Json.Nodes;
using Readout.Tests.Support;

namespace Readout.Tests.EndToEnd;

/// <summary>The seeds' record as an analyst forwards it: stable bytes, real claims, arrows to the origin.</summary>
public class SeedsRecordTests
{
    [SharedFact]
    public async Task Two_runs_over_the_seeds_give_byte_identical_json()
    {
        var manifest = SharedCorpus.Path("corpus/seeds/manifest.jsonl");

        // Separate processes, so that nothing may depend on one process's hash seeds or timing.
        var first = await CliProcess.RunAsync(Path.GetTempPath(), "analyze", manifest, "--format", "json", "--quiet");
        var second = await CliProcess.RunAsync(Path.GetTempPath(), "analyze", manifest, "--format", "json", "--quiet");

        Assert.Equal(0, first.ExitCode);
        Assert.NotEmpty(first.Stdout);
        Assert.Equal(first.Stdout, second.Stdout);
    }

    [SharedFact]
    public async Task Every_provenance_link_between_seed_articles_points_at_the_gold_origin()
    {
        var output = await SharedCorpus.AnalyzeAsync("corpus/seeds/manifest.jsonl");
        var gold = JsonNode.Parse(File.ReadAllText(SharedCorpus.Path("eval/gold/seeds.json")))!;

        foreach (var goldStory in gold["stories"]!.AsArray().Where(s => s!["provenance"]?["primary"] is not null))
        {
            var primary = goldStory!["provenance"]!["primary"]!.GetValue<string>();
            var members = goldStory["articles"]!.AsArray().Select(a => a!.GetValue<string>()).ToHashSet();
            var story = output["stories"]!.AsArray().Single(s => s!["articles"]!.AsArray().Any(a => a!.GetValue<string>() == primary))!;
            var links = story["provenance"]!["links"]!.AsArray()
                .Select(l => (Article: l!["article"]!.GetValue<string>(), Other: l["other"]!.GetValue<string>()))
                .Where(l => members.Contains(l.Other))
                .ToList();

            Assert.NotEmpty(links);
            Assert.All(links, l => Assert.Equal(primary, l.Other));
            Assert.All(members.Where(m => m != primary), m => Assert.Contains(links, l => l.Article == m));
        }
    }

    [SharedFact]
    public async Task Seed_outcomes_and_provenance_meet_the_issue_floors()
    {
        var output = await SharedCorpus.AnalyzeAsync("corpus/seeds/manifest.jsonl");

        var metrics = SharedCorpus.Score("score.py", "eval/gold/seeds.json", output);

        Assert.InRange(metrics["outcome_p"], 0.80, 1.0);
        Assert.Equal(1.0, metrics["outcome_r"], 3);
        Assert.InRange(metrics["outcome_support"], 0.90, 1.0);
        Assert.Equal(1.0, metrics["provenance_p"], 3);
        Assert.Equal(1.0, metrics["provenance_r"], 3);
    }
}
