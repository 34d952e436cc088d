using Readout.Core;
using Readout.Pipeline;
using Readout.Reporting;

namespace Readout.Tests.Pipeline;

/// <summary>Per-article analysis runs on every core; what it gives must not depend on that.</summary>
public class ParallelAnalysisTests
{
    private static readonly string[] Reports =
    [
        "President Anna Keller spoke by phone with Prime Minister Otto Brandt on Monday, March 2, 2026, about grain exports.",
        "Keller and Brandt discussed grain exports in a phone call on Monday, the presidential office said.",
        "\"We agreed to meet in Vienna next week,\" Keller told reporters after the call.",
        "Police arrested 14 people in Porto on Saturday after a protest against the new port tax turned violent.",
        "Fourteen protesters were detained in Porto, police said, after clashes over the port tax on Saturday.",
        "A 6.1-magnitude earthquake struck off the coast of Sumatra on Tuesday, killing at least three people.",
        "The quake on Tuesday damaged 200 homes, the disaster agency said; three people died.",
        "Foreign ministers of the two countries will hold talks in Geneva on April 9 to prepare a summit.",
        "The central bank raised its main rate by 0.25 percentage points to 4.5% on Thursday.",
        "\"Inflation remains too high,\" governor Lena Roth said, announcing the rise to 4.5 percent.",
        "Firefighters fought a blaze at a chemical plant near Lyon for six hours overnight on Friday.",
        "Brandt said on Wednesday he would travel to Vienna to meet Keller on March 12.",
    ];

    [Fact]
    public void Analysis_on_all_cores_gives_the_same_json_as_one_article_at_a_time()
    {
        var pipeline = AnalysisPipeline.Standard();
        var articles = Reports.Select((text, i) => new Article($"r{i:D2}", text, $"test:{i}", Source: i % 2 == 0 ? "Wire One" : "Wire Two", Published: "2026-03-02")).ToList();

        var sequential = Json(pipeline.AnalyzeCorpus(articles.Select(pipeline.AnalyzeDocument)));

        for (var run = 0; run < 3; run++)
        {
            Assert.Equal(sequential, Json(pipeline.Analyze(articles)));
        }
    }

    private static string Json(Analysis analysis) => ContractJson.Serialize(ContractJson.Build(analysis, []));
}
