using Readout.Alignment;
using Readout.Core;
using Readout.Pipeline;
using Readout.Reconcile;
using Readout.Stories;

namespace Readout.Tests.Reconcile;

public class ProvenanceDirectionTests
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipeline.Standard();

    private static Document Prepared(string id, string text, string source, string published) =>
        Pipeline.AnalyzeDocument(new Article(id, text, id, Source: source, Published: published));

    [Fact]
    public void A_wire_dateline_links_the_report_to_the_wire()
    {
        var documents = new[]
        {
            Prepared("wire", "OSLO, March 3 - The foreign ministers of Norway and Chile met for three hours on Tuesday.", "Reuters", "2026-03-03"),
            Prepared("paper", "OSLO, March 3 (Reuters) - Fishing quotas and a customs treaty were on the table as the two ministers met.", "Lake Post", "2026-03-03"),
        };

        var provenance = ProvenanceFinder.Find(documents);

        Assert.Equal("Reuters", documents[1].Article.CitedSource);
        Assert.Contains(provenance.Links, l => l is { Article: "paper", Other: "wire", Kind: RetellingKind.Cites });
        Assert.DoesNotContain(provenance.Links, l => l.Article == "wire");
    }

    [Fact]
    public void A_transcript_is_never_the_copy_of_a_report_that_quotes_it()
    {
        // The transcript comes later in the batch and is published a day after the report, so
        // neither order nor date would point the arrow at it.
        const string statement = "the sides agreed to restart the border commission in the autumn.";
        var report = Prepared("report", "The sides \"agreed to restart the border commission in the autumn\", the aide said.", "Lake Post", "2026-03-10");
        var transcript = Prepared("transcript", "Aide to the President Timur Belov: " + statement, "Presidential Press Service", "2026-03-11");
        var alignment = new QuoteAlignmentLayer(
        [
            new QuoteGroup("q1", "Timur Belov",
            [
                new QuoteVariant("report", "Lake Post", 11, 63, "agreed to restart the border commission in the autumn", "Timur Belov", Quoted: true),
                new QuoteVariant("transcript", "Presidential Press Service", 35, 35 + statement.Length, statement, "Timur Belov", Quoted: false),
            ]),
        ]);

        var provenance = ProvenanceFinder.Find([report, transcript], alignment);

        Assert.NotEmpty(provenance.Links);
        Assert.All(provenance.Links, l => Assert.Equal(("report", "transcript"), (l.Article, l.Other)));
    }

    [Fact]
    public void A_government_release_is_the_origin_of_a_report_relaying_the_same_briefing()
    {
        var report = Prepared("report", "The presidents spoke for an hour, the aide told reporters.", "Lake Post", "2026-03-09");
        var release = Prepared("release", "The presidents spoke for an hour.", "Kremlin", "2026-03-10");

        Assert.Equal((report, release), ProvenanceFinder.Orient(release, report));
        Assert.Equal((report, release), ProvenanceFinder.Orient(report, release));
    }

    [Fact]
    public void Of_two_ordinary_reports_the_later_one_retells_the_earlier()
    {
        var early = Prepared("early", "The presidents spoke for an hour.", "Harbour Wire", "2026-03-09");
        var late = Prepared("late", "The presidents spoke for an hour.", "Lake Post", "2026-03-10");

        Assert.Equal((late, early), ProvenanceFinder.Orient(late, early));
        Assert.Equal((late, early), ProvenanceFinder.Orient(early, late));
    }
}
