using static Readout.Tests.Quotes.QuoteTestKit;
using Readout.Core;
using Readout.Entities;
using Readout.Stories;

namespace Readout.Tests.Quotes;

public class QuoteAnnotatorTests
{
    [Fact]
    public void A_dash_ending_the_text_after_a_quotation_signs_nothing()
    {
        var quote = Single("“We will never give in to pressure from anyone” —");
        Assert.Equal("We will never give in to pressure from anyone", quote.Text);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void CurlyQuotesWithTheCueAfterThem()
    {
        var quote = Single("“The bridge will reopen in May,” Mayor Ana Lopez said on Tuesday.");
        Assert.Equal("The bridge will reopen in May", quote.Text);
        Assert.Equal("Ana Lopez", quote.Speaker);
        Assert.False(quote.Fragment);
    }

    [Fact]
    public void StraightQuotesAfterACueAndColon()
    {
        var quote = Single("Carlos Mendes said: \"We expect a deal by Friday.\"");
        Assert.Equal("We expect a deal by Friday.", quote.Text);
        Assert.Equal("Carlos Mendes", quote.Speaker);
    }

    [Fact]
    public void GuillemetsWithADescriptionResolvedToTheRoleHolder()
    {
        var quote = Single("Finance Minister Lea Novak met the bankers. «We remain cautious,» the minister said.");
        Assert.Equal("We remain cautious", quote.Text);
        Assert.Equal("Lea Novak", quote.Speaker);
    }

    [Fact]
    public void SingleQuotesKeepTheApostrophesInside()
    {
        var quote = Single("Lea Novak stated, 'It's clear they're not ready, and it doesn't help.'");
        Assert.Equal("It's clear they're not ready, and it doesn't help.", quote.Text);
        Assert.Equal("Lea Novak", quote.Speaker);
    }

    [Fact]
    public void APluralPossessiveDoesNotCloseASingleQuote()
    {
        var quote = Single("Lea Novak said, 'The workers' union has agreed to the terms.'");
        Assert.Equal("The workers' union has agreed to the terms.", quote.Text);
    }

    [Fact]
    public void ASingleQuoteRunsOverLineBreaks()
    {
        var quote = Single("Ivo Marek said, 'We met twice.\nIt's slow work.\nBut we are close.' The talks resume soon.");
        Assert.Equal("We met twice.\nIt's slow work.\nBut we are close.", quote.Text);
        Assert.Equal("Ivo Marek", quote.Speaker);
    }

    [Fact]
    public void SeveralSentencesInOnePairOfMarks()
    {
        var quote = Single("\"We waited. We argued. We signed,\" Ana Lopez said.");
        Assert.Equal("We waited. We argued. We signed", quote.Text);
        Assert.Equal("Ana Lopez", quote.Speaker);
    }

    [Fact]
    public void AnOpeningMarkAtEachNewParagraphContinuesTheQuotation()
    {
        var quote = Single("Ana Lopez said:\n\n\"The first part of the plan is money.\n\n\"The second part is people.\"");
        Assert.Equal(2, quote.Parts!.Count);
        Assert.EndsWith("The second part is people.", quote.Text);
        Assert.Equal("Ana Lopez", quote.Speaker);
    }

    [Fact]
    public void AnInterruptedQuotationIsOneStatementWithTwoParts()
    {
        var quote = Single("Foreign Minister Ivo Marek met his counterpart. \"The talks were hard,\" he said, \"but they were honest.\"");
        Assert.Equal(2, quote.Parts!.Count);
        Assert.StartsWith("The talks were hard", quote.Text);
        Assert.EndsWith("but they were honest.", quote.Text);
        Assert.Equal("Ivo Marek", quote.Speaker);
    }

    [Fact]
    public void ASentenceWithNoCueContinuesTheQuotationBefore()
    {
        var quote = Single("\"Prices will fall,\" Ana Lopez said. \"Wages will rise.\"");
        Assert.Equal(2, quote.Parts!.Count);
        Assert.Equal("Ana Lopez", quote.Speaker);
    }

    [Fact]
    public void APartialQuoteInsideReportedSpeechGivesSpeakerAndReporter()
    {
        var quote = Single("According to aide Tom Berg, Governor Mia Holt acknowledged that \"the budget was too ambitious\" for the state.");
        Assert.Equal("the budget was too ambitious", quote.Text);
        Assert.Equal("Mia Holt", quote.Speaker);
        Assert.Equal("Tom Berg", quote.ReportedBy);
    }

    [Fact]
    public void AScareQuoteIsAFragmentWithNoSpeaker()
    {
        var quote = Single("The two sides set up two \"working groups\" last week.");
        Assert.True(quote.Fragment);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void WritingOnAPlatformRecordsTheChannel()
    {
        const string text = "\"We had a great call,\" Mia Holt wrote on Truth Social.";
        var quote = Single(text);
        Assert.Equal("Truth Social", quote.Channel);
        Assert.Equal("Mia Holt", quote.Speaker);
        Assert.Equal("wrote", text[quote.CueStart!.Value..quote.CueEnd!.Value]);
    }

    [Fact]
    public void TellingSomeoneRecordsTheAudience()
    {
        var quote = Single("Ivo Marek told reporters, \"Nothing is agreed yet.\"");
        Assert.Equal("reporters", quote.Audience);
        Assert.Equal("Ivo Marek", quote.Speaker);
    }

    [Fact]
    public void ATranscriptLabelGivesTheSpeakerOfEverythingAfterIt()
    {
        var text = "Press Secretary Jana Kral: The meeting lasted two hours.\nThe sides agreed to meet again in June.";
        var quote = Single(text);
        Assert.Equal("Jana Kral", quote.Speaker);
        Assert.StartsWith("The meeting lasted", quote.Text);
        Assert.EndsWith("again in June.", quote.Text);
    }

    [Fact]
    public void SpeakerLabelsInsideQuotedParagraphsChangeTheSpeaker()
    {
        var quotes = AllQuotes("The exchange went as follows:\n\n\"HOST: Welcome back to the show.\n\n\"KRAL: Thank you for having me.\"");
        Assert.Equal(["HOST", "KRAL"], quotes.Select(q => q.Speaker));
        Assert.Equal("Thank you for having me.", quotes[1].Text);
    }

    [Fact]
    public void AHeadlineWithAColonIsNoTranscript()
    {
        Assert.Empty(AllQuotes("Holt: Budget Talks Will Resume Next Week\n\nThe governor spoke on Monday."));
    }

    [Fact]
    public void APronounIsTheLatestPersonNamed()
    {
        var quote = Single("Senator Rosa Vint spoke after the vote. \"This is a good day,\" she said.");
        Assert.Equal("Rosa Vint", quote.Speaker);
    }

    [Fact]
    public void ASurnameIsTheFullNameUsedEarlier()
    {
        var quote = Single("Senator Rosa Vint arrived late. \"We are ready,\" Vint said.");
        Assert.Equal("Rosa Vint", quote.Speaker);
    }

    [Fact]
    public void ADescriptionWithNoPersonBehindItNamesTheSpeakerAsTheTextDoes()
    {
        var quote = Single("\"The rules are clear,\" the commission said.");
        Assert.Equal("the commission", quote.Speaker);
    }

    [Fact]
    public void ANameSigningTheQuotationAfterADashIsTheSpeaker()
    {
        var quote = Single("\"Vote early and bring a friend.\" ― Luis Ortega\nMore voices follow.");
        Assert.Equal("Luis Ortega", quote.Speaker);
    }

    [Fact]
    public void AnInvertedCueNamesTheSpeakerAfterTheVerb()
    {
        var quote = Single("Said Luis Ortega: \"We will not wait any longer.\"");
        Assert.Equal("Luis Ortega", quote.Speaker);
    }

    [Fact]
    public void ACommaClauseCueAtTheEndOfTheSentenceAttributesTheQuote()
    {
        var quote = Single("Voters who \"never hear back\" are losing patience, Rosa Vint said.");
        Assert.Equal("Rosa Vint", quote.Speaker);
    }

    [Fact]
    public void TheTextSayingNothingLeavesTheSpeakerNull()
    {
        var quote = Single("\"Nothing will change,\" read a sign at the gate.");
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void ACueClosingThePreviousSentenceAttributesTheQuoteAfterIt()
    {
        var quote = Single("The vote may slip to next week, Rosa Vint said. \"We need more time.\"");
        Assert.Equal("Rosa Vint", quote.Speaker);
    }

    [Fact]
    public void AnAppositionBetweenNameAndCueIsSkipped()
    {
        var quote = Single("\"We will appeal,\" Luis Ortega, a lawyer for the union, said on Monday.");
        Assert.Equal("Luis Ortega", quote.Speaker);
    }

    [Fact]
    public void AParentheticalAfterTheNameIsSkipped()
    {
        var quote = Single("\"The bill is dead,\" Sen. Rosa Vint (D-Ore.) said in a phone interview.");
        Assert.Equal("Rosa Vint", quote.Speaker);
    }

    [Fact]
    public void AQuotedTitleIsAFragment()
    {
        var quote = Single("She appeared on \"Morning Report With Dana\" on Sunday.");
        Assert.True(quote.Fragment);
    }

    [Fact]
    public void AParticipleCueTakesTheSubjectOfItsSentence()
    {
        var quote = Single("Luis Ortega rejected the offer, saying, \"It is far too low.\"");
        Assert.Equal("Luis Ortega", quote.Speaker);
    }

    [Fact]
    public void ACueLessQuotationAfterASentenceAboutSomeoneIsTheirs()
    {
        var quote = Single("Rosa Vint blamed the delay on the weather. \"Nobody could have planned for this storm.\"");
        Assert.Equal("Rosa Vint", quote.Speaker);
    }

    [Fact]
    public void APersonOfAnOrganizationIsTheSpeakerNotTheOrganization()
    {
        var quote = Single("\"The river is cleaner now,\" Luis Ortega of the Green Valley Trust said.");
        Assert.Equal("Luis Ortega", quote.Speaker);
    }

    [Fact]
    public void AColonHandsTheQuotationToTheSubjectOfItsSentence()
    {
        var quote = Single("Rosa Vint made the following remark:\n\n\"Budgets are moral documents.\"");
        Assert.Equal("Rosa Vint", quote.Speaker);
    }

    [Fact]
    public void AFamilyRoleWithAPossessiveStaysADescription()
    {
        var quote = Single("\"Always finish the harvest,\" my grandmother often said.");
        Assert.Equal("my grandmother", quote.Speaker);
    }

    [Fact]
    public void TheEntityLayerResolvesTheSpeakerPhraseWhenItHasRun()
    {
        const string text = "\"We are close,\" the veteran envoy said.";
        var start = text.IndexOf("the veteran envoy", StringComparison.Ordinal);
        var entities = new FixedEntities(new Entity(
            "e1", "Ivo Marek", EntityType.Person, null, "envoy", null, false, [], [new Mention(start, start + 17, "the veteran envoy", MentionKind.Descriptor)]));
        var quote = Single(text, entities);
        Assert.Equal("Ivo Marek", quote.Speaker);
    }

    private sealed class FixedEntities(params Entity[] entities) : IAnnotator
    {
        public IReadOnlyList<Type> Requires { get; } = [];

        public Type Adds => typeof(EntityLayer);

        public Document Annotate(Document document) => document.With(new EntityLayer([.. entities]));
    }
}
