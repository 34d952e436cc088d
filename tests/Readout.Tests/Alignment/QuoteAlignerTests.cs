using Readout.Alignment;
using Readout.Core;
using Readout.Entities;
using Readout.Events;
using Readout.Pipeline;
using Readout.Quotes;
using Readout.Reporting;
using Readout.Sentences;
using Readout.Stories;
using Readout.Times;
using Readout.Tokens;

namespace Readout.Tests.Alignment;

public class QuoteAlignerTests
{
    private static readonly AnalysisPipeline Pipeline = new(
        [new SentenceSplitter(), new Tokenizer(), new EntityRecognizer(), new ReferenceResolver(), new TimeAnnotator(), new QuoteAnnotator(), new EventCoder()],
        [new StoryClusterer(), new QuoteAligner()]);

    private static Analysis Align(params string[] texts) =>
        Pipeline.Analyze(texts.Select((text, i) => new Article($"a{i}", text, "test", Source: $"Outlet {i}")));

    private static string? GroupOf(Analysis analysis, int article, int quote = 0)
    {
        var document = analysis.Documents[article];
        return analysis.Require().GroupsOfQuotations().GetValueOrDefault((document.Id, document.Require<QuoteLayer>().Quotes[quote].Start));
    }

    [Fact]
    public void TwoTranslationsOfOneStatementShareAGroup()
    {
        var analysis = Align(
            "\"The timetable for launching the joint committees will be finalised in the near future, probably in early March,\" Lea Novak said.",
            "\"The schedule for launching these joint committees will be finalized soon, likely in early March,\" Novak added.",
            "\"Our farmers need rain more than anything this spring,\" Ivo Marek said.");
        Assert.NotNull(GroupOf(analysis, 0));
        Assert.Equal(GroupOf(analysis, 0), GroupOf(analysis, 1));
        Assert.NotEqual(GroupOf(analysis, 0), GroupOf(analysis, 2));
    }

    [Fact]
    public void ATruncatedQuotationJoinsTheFullOne()
    {
        var analysis = Align(
            "Lea Novak said a short truce \"would only delay the dispute over the river and risk a return of the fighting.\"",
            "A truce \"would only delay the dispute over the river,\" Novak said, calling for a lasting deal.",
            "\"The harvest came early this year,\" Ivo Marek said.");
        Assert.Equal(GroupOf(analysis, 0), GroupOf(analysis, 1));
    }

    [Fact]
    public void AQuotationIsAlignedWithTheTranscriptSentenceItCameFrom()
    {
        var analysis = Align(
            "Minister Lea Novak: The committees will present their findings to parliament before the winter recess.\nOther matters were discussed.",
            "\"The committees will present their findings to parliament before the winter recess,\" Novak said.",
            "\"Tourism numbers grew again in the mountains,\" Ivo Marek said.");
        var group = analysis.Require().Groups.Single(g => g.Id == GroupOf(analysis, 1));
        Assert.Contains(group.Variants, v => v.Article == "a0" && v.Text.StartsWith("The committees will present", StringComparison.Ordinal));
    }

    [Fact]
    public void TheContractJsonGivesEachQuotationItsGroup()
    {
        var analysis = Align("\"Rain is coming to the valley tonight,\" Ivo Marek said.");
        var quote = ContractJson.Build(analysis, [])["quotes"]!.AsArray().Single()!;
        Assert.Equal(GroupOf(analysis, 0), quote["group"]!.GetValue<string>());
    }

    [Fact]
    public void AShortQuotationMustBeFoundWholeInTheOtherText()
    {
        var analysis = Align(
            "\"The harbour crisis was the hardest,\" Lea Novak said.",
            "Lea Novak: The harbour dispute was long, and the crisis over fishing rights was the hardest of her term.",
            "\"The crisis is over,\" Ivo Marek said.");
        var group = analysis.Require().Groups.Single(g => g.Id == GroupOf(analysis, 2));
        Assert.DoesNotContain(group.Variants, v => v.Article == "a1");
    }

    [Fact]
    public void TheSameWordsInTwoStoriesMakeTwoGroupsInStoryOrder()
    {
        // A spokesman repeats one line about two different fires; each story's quotations align among themselves only.
        const string Line = "\"Crews worked through the night to keep the flames away from the houses,\" Tomas Lind said.";
        var perArticle = new AnalysisPipeline(Pipeline.Annotators, []);
        var documents = perArticle.Analyze(Enumerable.Range(0, 4).Select(i => new Article($"a{i}", Line, "test", Source: $"Outlet {i}"))).Documents;
        var stories = new StoryLayer([new Story("s1", ["a2", "a0"], null), new Story("s2", ["a3", "a1"], null)]);
        var analysis = new QuoteAligner().Apply(new Analysis(documents).With(stories));

        Assert.Equal("q1", GroupOf(analysis, 0));
        Assert.Equal("q1", GroupOf(analysis, 2));
        Assert.Equal("q2", GroupOf(analysis, 1));
        Assert.Equal("q2", GroupOf(analysis, 3));
    }

    [Theory]
    [InlineData("finalised", "finalized")]
    [InlineData("cease-fire", "ceasefire")]
    [InlineData("initiated", "initiative")]
    [InlineData("favours", "favors")]
    public void SpellingVariantsHaveOneStem(string a, string b) =>
        Assert.Equal(StatementSimilarity.Stems(a), StatementSimilarity.Stems(b));

    [Fact]
    public void A_text_has_the_same_stems_when_its_words_are_met_again_and_when_a_word_is_too_long_to_remember()
    {
        var longWord = string.Concat(Enumerable.Repeat("Organisation", 6));
        var text = $"The Ministers' cease-fire talks were FINALISED; the {longWord}-wide deal and the {longWord} held.";

        var first = StatementSimilarity.Stems(text);
        var again = StatementSimilarity.Stems(text);

        Assert.Equal(first.Order(StringComparer.Ordinal), again.Order(StringComparer.Ordinal));
        Assert.Contains("ceasefir", first.Select(stem => stem[..Math.Min(8, stem.Length)]));
        Assert.Contains(StatementSimilarity.Stem(longWord.ToLowerInvariant() + "wide"), first);
        Assert.Contains(StatementSimilarity.Stem(longWord.ToLowerInvariant()), first);
        Assert.DoesNotContain("the", first);
        Assert.Equal(StatementSimilarity.Stems("finalized"), StatementSimilarity.Stems("FINALISED"));
    }
}

internal static class AnalysisExtensions
{
    public static QuoteAlignmentLayer Require(this Analysis analysis) =>
        analysis.Layer<QuoteAlignmentLayer>() ?? throw new InvalidOperationException("the aligner did not run");
}
