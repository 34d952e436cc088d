using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Readout.Tests.Support;

namespace Readout.Tests.Entities;

public class SeedEntityTests
{
    /// <summary>
    /// Every occurrence of a seed person's name, in any of the gold aliases, lies in a mention of
    /// the one entity with the gold canonical name in that article, and no other gold person's.
    /// </summary>
    [SharedFact]
    public async Task Every_seed_person_is_one_entity_per_article_whatever_the_alias()
    {
        var output = await SharedCorpus.AnalyzeAsync("corpus/seeds/manifest.jsonl");
        var gold = JsonNode.Parse(await File.ReadAllTextAsync(SharedCorpus.Path("eval/gold/seeds.json")))!["people"]!.AsObject();
        var entities = output["entities"]!.AsArray();
        var failures = new List<string>();
        var checkedOccurrences = 0;

        foreach (var article in output["articles"]!.AsArray())
        {
            var id = article!["id"]!.GetValue<string>();
            var text = article["text"]!.GetValue<string>();
            var inArticle = entities.Where(entity => entity!["article"]!.GetValue<string>() == id).ToList();
            foreach (var (canonical, aliases) in gold)
            {
                foreach (var alias in aliases!.AsArray().Select(alias => alias!.GetValue<string>()))
                {
                    foreach (Match occurrence in Regex.Matches(text, $@"(?<!\w){Regex.Escape(alias)}(?!\w)"))
                    {
                        checkedOccurrences++;
                        var covering = inArticle
                            .Where(entity => entity!["type"]!.GetValue<string>() == "person")
                            .Where(entity => entity!["mentions"]!.AsArray().Any(mention =>
                                mention!["start"]!.GetValue<int>() <= occurrence.Index + occurrence.Length - 1
                                && mention["end"]!.GetValue<int>() > occurrence.Index + occurrence.Length - 1))
                            .Select(entity => entity!["name"]!.GetValue<string>())
                            .Distinct()
                            .ToList();
                        if (covering.Count != 1 || covering[0] != canonical)
                        {
                            failures.Add($"{id} '{alias}' at {occurrence.Index}: [{string.Join(", ", covering)}], expected {canonical}");
                        }
                    }
                }

                var named = inArticle.Count(entity => entity!["name"]!.GetValue<string>() == canonical);
                if (named > 1)
                {
                    failures.Add($"{id}: {named} entities named {canonical}");
                }
            }
        }

        Assert.True(checkedOccurrences > 50, $"only {checkedOccurrences} occurrences checked");
        Assert.Empty(failures);
    }
}
