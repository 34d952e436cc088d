using AngleSharp.Html.Parser;
using Readout.Ingest;
using Readout.Stories;

namespace Readout.Tests.Ingest;

public class HtmlNoiseTests
{
    private static AngleSharp.Dom.IElement Element(string html) =>
        new HtmlParser().ParseDocument($"<html><body>{html}</body></html>").Body!.FirstElementChild!;

    [Theory]
    [InlineData("shareBar_top", "share-bar-top")]
    [InlineData("article__related-links", "article-related-links")]
    [InlineData("Sidebar", "sidebar")]
    public void Class_names_are_read_as_dash_separated_parts(string name, string parts) =>
        Assert.Equal(parts, HtmlNoise.Parts(name));

    [Theory]
    [InlineData("<div class='article-share-bar'></div>", true)]
    [InlineData("<div class='shareBar'></div>", true)]
    [InlineData("<div id='cookie-notice'></div>", true)]
    [InlineData("<section class='comments-area'></section>", true)]
    [InlineData("<div class='newsletter-signup'></div>", true)]
    [InlineData("<div class='shared-content'></div>", false)]
    [InlineData("<div class='article-body'></div>", false)]
    [InlineData("<div class='commentary-body'></div>", false)]
    [InlineData("<div class='video-player'></div>", true)]
    [InlineData("<div class='oddrow player-2020-580'></div>", false)]
    [InlineData("<div class='social-media-embed'></div>", false)]
    [InlineData("<div class='social-links'></div>", true)]
    public void Class_and_id_hints_name_chrome_by_whole_parts(string html, bool chrome) =>
        Assert.Equal(chrome, HtmlNoise.HasChromeHint(Element(html)));

    [Theory]
    [InlineData("<nav></nav>")]
    [InlineData("<div role='navigation'></div>")]
    [InlineData("<div hidden></div>")]
    [InlineData("<div aria-hidden='true'></div>")]
    [InlineData("<div style='visibility: hidden'></div>")]
    public void Tags_roles_and_hidden_elements_are_chrome(string html) =>
        Assert.True(HtmlNoise.IsChrome(Element(html)));

    [Fact]
    public void Protected_elements_survive_pruning()
    {
        var document = new HtmlParser().ParseDocument("<html><body><div class='has-sidebar' id='keep'><p>text</p></div><div class='sidebar'>x</div></body></html>");
        HtmlNoise.Prune(document.Body!, element => element.Id == "keep");
        Assert.NotNull(document.GetElementById("keep"));
        Assert.Empty(document.QuerySelectorAll(".sidebar"));
    }
}
