using Readout.Stories;
using Readout.Tokens;

namespace Readout.Tests.Tokens;

public class TokenViewTests
{
    private static TokenView View(string text) => new(text, Tokenizer.Tokenize(text));

    [Fact]
    public void Tokens_carry_what_the_stages_ask_about()
    {
        var view = View("Mr. Donald J. Trump’s envoys were meeting.");

        Assert.True(view[view.FirstFrom(0)].HasPeriod);
        Assert.True(view.All.Single(token => token.Text == "J.").HasPeriod);
        Assert.False(view.All.Single(token => token.Text == "envoys").HasPeriod);
        Assert.Equal("'s", view.All.Single(token => token.Text == "’s").Plain);
        Assert.True(view.All.Single(token => token.Text == "Donald").Capitalized);
        Assert.False(view.All.Single(token => token.Text == ".").IsWord);
    }

    [Fact]
    public void Look_ups_by_offset_find_tokens_and_line_breaks()
    {
        const string text = "First line here.\nSecond line.";
        var view = View(text);

        var second = view.FirstFrom(text.IndexOf("Second", StringComparison.Ordinal));
        Assert.Equal("Second", view[second].Text);
        Assert.True(view.LineBreakBefore(second));
        Assert.False(view.LineBreakBefore(second + 1));
        Assert.Equal((second, second + 2), view.IndexesIn(new(text.IndexOf("Second", StringComparison.Ordinal), text.Length)));
        Assert.Equal("line here", view.TextOf(1, 2));
    }
}
