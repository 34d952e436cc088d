using Readout.Ingest;
using Readout.Stories;

namespace Readout.Tests.Ingest;

public class HtmlArticleReaderTests
{
    private const string Body = "<article><p>The harbour reopened on Monday after three weeks of repairs to the sea wall, and the first ferry left on time.</p>"
        + "<p>Passengers said the crossing was calm and that the new waiting room was a great improvement on the old one.</p></article>";

    private static HtmlPage Read(string head, string htmlAttributes = "") =>
        HtmlArticleReader.Read($"<!DOCTYPE html><html {htmlAttributes}><head>{head}</head><body>{Body}</body></html>", null);

    [Fact]
    public void The_publication_date_is_read_from_json_ld()
    {
        var page = Read("<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Harbour reopens\",\"datePublished\":\"2024-03-05\"}</script>");
        Assert.Equal("2024-03-05", page.Published);
        Assert.Equal("Harbour reopens", page.Title);
    }

    [Fact]
    public void The_publication_date_is_read_from_a_time_element_when_nothing_else_gives_it()
    {
        var page = HtmlArticleReader.Read($"<html><body><header><time datetime='2023-11-20'>20 Nov</time></header>{Body}</body></html>", null);
        Assert.Equal("2023-11-20", page.Published);
    }

    [Fact]
    public void The_outlet_is_read_from_og_site_name()
    {
        var page = Read("<meta property='og:site_name' content='Coast Courier'><meta property='og:title' content='Harbour reopens'>");
        Assert.Equal("Coast Courier", page.Outlet);
        Assert.Equal("Harbour reopens", page.Title);
    }

    [Fact]
    public void The_language_is_read_from_the_html_element()
    {
        Assert.Equal("de", Read("", "lang='de-DE'").Language);
    }

    [Fact]
    public void The_main_text_keeps_one_paragraph_a_block()
    {
        var text = Read("").Text;
        Assert.Equal(2, text.Split("\n\n").Length);
    }
}
