using System.Text.Json.Nodes;
using Readout.Tests.Support;

namespace Readout.Tests.EndToEnd;

/// <summary>The whole pipeline on the five seed reports, scored against their gold labels.</summary>
public class SeedsMeasurementTests
{
    [SharedFact]
    public async Task Seeds_meet_the_issue_floors()
    {
        var output = await SharedCorpus.AnalyzeAsync("corpus/seeds/manifest.jsonl");

        var metrics = SharedCorpus.Score("score.py", "eval/gold/seeds.json", output);

        Assert.Equal(1.0, metrics["story_f1"], 3);
        Assert.InRange(metrics["slot_accuracy"], 0.95, 1.0);
        Assert.Equal(1.0, metrics["conflict_recall"], 3);
        Assert.InRange(metrics["quote_e2e_f1"], 0.90, 1.0);
    }

    [SharedFact]
    public async Task Independent_sources_behind_each_duration_match_the_gold()
    {
        var output = await SharedCorpus.AnalyzeAsync("corpus/seeds/manifest.jsonl");
        var gold = JsonNode.Parse(File.ReadAllText(SharedCorpus.Path("eval/gold/seeds.json")))!;

        foreach (var goldStory in gold["stories"]!.AsArray().Where(s => s!["independent_sources_for_duration"] is not null))
        {
            var articles = goldStory!["articles"]!.AsArray().Select(a => a!.GetValue<string>()).ToHashSet();
            var story = output["stories"]!.AsArray().Single(s => s!["articles"]!.AsArray().Any(a => articles.Contains(a!.GetValue<string>())))!;
            var chosen = story["event"]!["facts"]!.AsArray().Single(f => f!["slot"]!.GetValue<string>() == "duration_minutes" && f["chosen"]!.GetValue<bool>())!;

            Assert.Equal(goldStory["independent_sources_for_duration"]!.GetValue<int>(), chosen["independent_sources"]!.GetValue<int>());
        }
    }

    [SharedFact]
    public async Task Every_offset_points_into_its_article_text()
    {
        var output = await SharedCorpus.AnalyzeAsync("corpus/seeds/manifest.jsonl");
        var texts = output["articles"]!.AsArray().ToDictionary(a => a!["id"]!.GetValue<string>(), a => a!["text"]!.GetValue<string>());

        foreach (var section in new[] { "quotes", "times", "events", "quantities" })
        {
            foreach (var item in output[section]!.AsArray())
            {
                var text = texts[item!["article"]!.GetValue<string>()];
                var (start, end) = (item["start"]!.GetValue<int>(), item["end"]!.GetValue<int>());
                Assert.InRange(start, 0, end);
                Assert.InRange(end, start, text.Length);
                if (section is "times" or "quantities")
                {
                    Assert.Equal(item["text"]!.GetValue<string>(), text[start..end]);
                }
            }
        }
    }
}
