using Readout.Cleaning;
using Readout.Stories;

namespace Readout.Tests.Cleaning;

public class WireCreditTests
{
    [Theory]
    [InlineData("OSLO, March 3 (Reuters) - The ministers met on Tuesday.", "Reuters")]
    [InlineData("The ministers met on Tuesday, according to Reuters.", "Reuters")]
    [InlineData("The ministers met on Tuesday, Lake Post reports, citing TASS.", "TASS")]
    [InlineData("The ministers met on Tuesday, RIA reported, citing AFP.", "Agence France-Presse")]
    [InlineData("The minister told Axios that the talks went well.", "Axios")]
    [InlineData("The ministers met on Tuesday, Interfax reported.", "Interfax")]
    public void A_credit_to_a_known_outlet_names_the_cited_source(string text, string cited)
    {
        Assert.Equal(cited, TextCleaner.Clean(text, "Lake Post").CitedSource);
    }

    [Fact]
    public void Crediting_the_article_s_own_outlet_is_no_citation()
    {
        Assert.Null(TextCleaner.Clean("OSLO, March 3 (Reuters) - The ministers met on Tuesday.", "Reuters").CitedSource);
    }

    [Theory]
    [InlineData("tass.com")]
    [InlineData("www.tass.com")]
    [InlineData("TASS")]
    public void An_agency_crediting_itself_under_its_web_address_is_no_citation(string ownOutlet)
    {
        Assert.Null(TextCleaner.Clean("MOSCOW, April 11. The ministers met on Tuesday, TASS reported.", ownOutlet).CitedSource);
    }

    [Fact]
    public void The_earliest_credit_in_the_text_is_taken()
    {
        const string text = "The ministers met on Tuesday, according to the Kremlin. On Friday, the minister told Axios he expected a deal.";

        Assert.Equal("Kremlin", TextCleaner.Clean(text, "Lake Post").CitedSource);
    }

    [Fact]
    public void An_unknown_name_after_according_to_is_no_outlet_credit()
    {
        Assert.Null(TextCleaner.Clean("The ministers met on Tuesday, according to Ivo Dravic.", "Lake Post").CitedSource);
    }
}
