using System.Text.Json.Nodes;
using Readout.Tests.Support;

namespace Readout.Tests.Times;

/// <summary>Floors just below the figures measured on the shared evaluation kit.</summary>
public class TimeMeasureTests
{
    [SharedFact]
    public async Task TempEval3_extent_and_value_f1_stay_above_their_floors()
    {
        var output = await SharedCorpus.AnalyzeAsync("corpus/tempeval3/manifest.jsonl");
        var metrics = SharedCorpus.Score("score_times.py", "eval/gold/tempeval3-timex.json", output);
        Assert.True(metrics["extent_f1"] >= 0.94, $"extent_f1 {metrics["extent_f1"]:F3}");
        Assert.True(metrics["value_f1"] >= 0.87, $"value_f1 {metrics["value_f1"]:F3}");
    }

    [SharedFact]
    public async Task Every_seed_article_states_its_call_duration_in_minutes()
    {
        var output = await SharedCorpus.AnalyzeAsync("corpus/seeds/manifest.jsonl");
        var gold = JsonNode.Parse(File.ReadAllText(SharedCorpus.Path("eval/gold/seeds.json")))!;
        var minutesByArticle = output["times"]!.AsArray()
            .Where(time => (string?)time!["type"] == "DURATION" && time["minutes"] is not null)
            .GroupBy(time => (string)time!["article"]!, time => (double)time!["minutes"]!)
            .ToDictionary(group => group.Key, group => group.ToHashSet());
        foreach (var story in gold["stories"]!.AsArray())
        {
            var slot = story!["event"]!;
            if (slot["duration_minutes"] is not { } minutes)
            {
                continue;
            }

            var accepted = slot["duration_alternatives"]!.AsArray().Select(m => (double)m!).Append((double)minutes).ToHashSet();
            var stated = new HashSet<double>();
            foreach (var article in story["articles"]!.AsArray().Select(a => (string)a!))
            {
                var found = minutesByArticle.GetValueOrDefault(article) ?? [];
                Assert.True(found.Overlaps(accepted), $"{article}: durations {string.Join(", ", found)} miss {string.Join(", ", accepted)}");
                stated.UnionWith(found.Intersect(accepted));
            }

            Assert.True(accepted.IsSubsetOf(stated), $"{story["id"]}: stated {string.Join(", ", stated)} of {string.Join(", ", accepted)}");
        }
    }
}
