using Readout.Quotes;

namespace Readout.Tests.Quotes;

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
}
