using Readout.Sentences;
using Readout.Stories;

namespace Readout.Tests.Sentences;

public class QuoteMarksTests
{
    [Theory]
    [InlineData("It's the leaders' call, isn't it?")]
    [InlineData("The '90s were different, they're saying.")]
    [InlineData("She said nothing about the workers’ pay.")]
    public void ApostrophesAloneMakeNoQuotation(string text) => Assert.Empty(QuoteMarks.Find(text));

    [Fact]
    public void ASingleQuotationInsideADoubleOneStaysInside()
    {
        var spans = QuoteMarks.Find("He said, \"They called it 'a farce' and left.\"");
        Assert.Equal(2, spans.Length);
        Assert.True(spans[1].Open > spans[0].Open && spans[1].Close < spans[0].Close);
    }

    [Fact]
    public void AnUnclosedMarkDoesNotSwallowTheRestOfTheText()
    {
        const string text = "He said \"we will see.\nLine two.\nLine three.\nLine four.\nLine five.\nThen \"a second quote\" came.";
        var span = Assert.Single(QuoteMarks.Find(text));
        Assert.Equal("a second quote", text[span.Start..span.End]);
    }

    [Fact]
    public void An_opening_mark_nothing_closes_is_reported_unclosed_to_the_end_of_its_paragraph()
    {
        const string text = "He said “we will continue and left.\n\nNext paragraph.";

        var quoted = QuoteMarks.Read(text);

        Assert.Empty(quoted.Quotes);
        Assert.Equal("“we will continue and left.", Assert.Single(quoted.Unclosed).Of(text));
        Assert.NotNull(quoted.RegionAt(text.IndexOf("continue", StringComparison.Ordinal)));
        Assert.Null(quoted.RegionAt(text.IndexOf("Next", StringComparison.Ordinal)));
    }

    [Fact]
    public void Closed_quotations_are_not_reported_unclosed()
    {
        var quoted = QuoteMarks.Read("He said “we agree” and \"we sign\" today, 'it's done.'");

        Assert.Equal(3, quoted.Quotes.Length);
        Assert.Empty(quoted.Unclosed);
    }

    [Theory]
    [InlineData('“', true, false)]
    [InlineData('”', false, true)]
    [InlineData('"', true, true)]
    [InlineData('«', true, false)]
    [InlineData('›', false, true)]
    [InlineData('a', false, false)]
    public void Opening_and_closing_marks_are_defined_once(char mark, bool opening, bool closing)
    {
        Assert.Equal(opening, QuoteMarks.IsOpening(mark));
        Assert.Equal(closing, QuoteMarks.IsClosing(mark));
    }
}
