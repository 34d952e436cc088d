using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Readout.Stories;

namespace Readout.Tests.Stories;

/// <summary>The features' word counts and word sets keep ordinal order, whatever order they were given or stored in.</summary>
public class SortedFeatureSetsTests
{
    private static readonly string[] Words = ["Zagreb", "zagreb", "apple", "Äpfel", "ceasefire", "b", "B", "10", "9", "talks", "talk"];

    [Property(MaxTest = 200)]
    public Property Word_counts_are_in_ordinal_order_with_every_count_added() =>
        Prop.ForAll(
            Gen.Elements(Words).Zip(Gen.Choose(1, 5)).ListOf().ToArbitrary(),
            pairs =>
            {
                var counts = WordCounts.From(pairs.Select(pair => KeyValuePair.Create(pair.Item1, pair.Item2)));
                var expected = pairs.GroupBy(pair => pair.Item1, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal)
                    .Select(group => KeyValuePair.Create(group.Key, group.Sum(pair => pair.Item2))).ToList();
                return counts.SequenceEqual(expected) && expected.All(pair => counts.ContainsKey(pair.Key) && counts[pair.Key] == pair.Value);
            });

    [Property(MaxTest = 200)]
    public Property Word_sets_are_in_ordinal_order_once_each() =>
        Prop.ForAll(
            Gen.Elements(Words).ListOf().ToArbitrary(),
            words =>
            {
                var set = SortedWords.From(words);
                return set.SequenceEqual(words.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)) && words.All(set.Contains);
            });

    [Fact]
    public void A_word_that_is_not_counted_is_no_key()
    {
        var counts = WordCounts.From([KeyValuePair.Create("talks", 2)]);

        Assert.False(counts.ContainsKey("talk"));
        Assert.Throws<KeyNotFoundException>(() => counts["talk"]);
    }

    [Fact]
    public void Features_stored_in_another_order_read_back_in_ordinal_order()
    {
        const string stored = """{"Id":"a","Terms":{"talks":1,"ceasefire":2,"Zagreb":1},"Names":{"zelensky":3,"putin":2},"Numbers":["45","1000"],"Periods":["2025-03","2025"],"Date":null,"Event":null,"Label":null}""";

        var features = JsonSerializer.Deserialize<ArticleFeatures>(stored)!;

        Assert.Equal(["Zagreb", "ceasefire", "talks"], features.Terms.Keys.ToArray());
        Assert.Equal(2, features.Terms["ceasefire"]);
        Assert.Equal(["putin", "zelensky"], features.Names.Keys.ToArray());
        Assert.Equal(["1000", "45"], features.Numbers.ToArray());
        Assert.Equal(["2025", "2025-03"], features.Periods.ToArray());
        Assert.Equal(
            """{"Id":"a","Terms":{"Zagreb":1,"ceasefire":2,"talks":1},"Names":{"putin":2,"zelensky":3},"Numbers":["1000","45"],"Periods":["2025","2025-03"],"Date":null,"Event":null,"Label":null,"Language":null}""",
            JsonSerializer.Serialize(features));
    }
}
