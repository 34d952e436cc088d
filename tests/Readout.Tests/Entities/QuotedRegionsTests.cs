using Readout.Entities;

namespace Readout.Tests.Entities;

public class QuotedRegionsTests
{
    [Fact]
    public void Curly_and_straight_double_quotes_make_regions()
    {
        const string text = "He said “we agree” and \"we sign\" today.";

        var regions = QuotedRegions.Find(text);

        Assert.Equal(["“we agree”", "\"we sign\""], regions.Select(region => region.Of(text)));
    }

    [Fact]
    public void Apostrophes_inside_single_quotes_do_not_close_them()
    {
        const string text = "Trump stated, 'It's Russia's move and we'll see.' Then he left.";

        var region = Assert.Single(QuotedRegions.Find(text));

        Assert.Equal("'It's Russia's move and we'll see.'", region.Of(text));
    }

    [Fact]
    public void An_unclosed_quote_ends_at_the_paragraph()
    {
        const string text = "\"We will continue.\n\nNext paragraph.";

        var region = Assert.Single(QuotedRegions.Find(text));

        Assert.Equal("\"We will continue.", region.Of(text));
    }
}
