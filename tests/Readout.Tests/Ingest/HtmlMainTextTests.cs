using Readout.Ingest;
using Readout.Stories;

namespace Readout.Tests.Ingest;

public class HtmlMainTextTests
{
    private const string First = "The river council met on Tuesday evening and agreed, after a long debate, to rebuild the old stone bridge before the spring floods arrive.";
    private const string Second = "Engineers told the council that the repairs would take about four months and that a temporary ferry would carry cars across in the meantime.";
    private const string Third = "Residents who spoke at the meeting said they welcomed the decision but asked for the ferry to run late into the night during the works.";

    private static string Article(string inside = "") =>
        $"<article><p>{First}</p>{inside}<p>{Second}</p><p>{Third}</p></article>";

    private static string Page(string body, string head = "") =>
        $"<!DOCTYPE html><html><head><title>Bridge</title>{head}</head><body>{body}</body></html>";

    private static string Text(string body, string head = "") => HtmlArticleReader.Read(Page(body, head), "https://example.org/a").Text;

    private static void HasArticle(string text)
    {
        Assert.Contains(First, text);
        Assert.Contains(Second, text);
        Assert.Contains(Third, text);
    }

    [Fact]
    public void Navigation_menus_are_left_out()
    {
        var text = Text("<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World news</a></li></ul></nav>"
            + "<div class='main-menu'><a href='/sport'>Sport</a> <a href='/weather'>Weather</a></div>" + Article());
        HasArticle(text);
        Assert.DoesNotContain("World news", text);
        Assert.DoesNotContain("Weather", text);
    }

    [Fact]
    public void Share_bars_inside_the_article_are_left_out()
    {
        var text = Text(Article("<div class='article-share-bar'><span>Share this story with your friends and family today</span></div>"));
        HasArticle(text);
        Assert.DoesNotContain("Share this story", text);
    }

    [Fact]
    public void Related_links_are_left_out_by_class_or_by_link_density()
    {
        var hinted = "<div class='relatedStories'><p>Another town finished repairing its own wooden footbridge last summer without any help.</p></div>";
        var unhinted = "<ul><li><a href='/x'>Council approves the new budget for the coming year</a></li><li><a href='/y'>Library to open on Sundays from next month on</a></li></ul>";
        var text = Text(Article(hinted + unhinted));
        HasArticle(text);
        Assert.DoesNotContain("wooden footbridge", text);
        Assert.DoesNotContain("Library to open", text);
    }

    [Fact]
    public void Cookie_banners_are_left_out()
    {
        var text = Text(Article() + "<div id='cookie-notice'><p>This site stores small files on your device so that it can remember your choices, and by staying here you agree to it.</p></div>");
        HasArticle(text);
        Assert.DoesNotContain("small files", text);
    }

    [Fact]
    public void Comments_are_left_out()
    {
        var comments = "<section id='comments'><p>I have crossed that bridge every morning for twenty years and I think the council is wasting our money.</p>"
            + "<p>The ferry will never cope with the traffic at rush hour, mark my words, it will be a disaster for everyone.</p></section>";
        var text = Text(Article() + comments);
        HasArticle(text);
        Assert.DoesNotContain("twenty years", text);
    }

    [Fact]
    public void Captions_and_bylines_are_left_out()
    {
        var figure = "<figure><img src='b.jpg'><figcaption>The old stone bridge seen from the northern bank of the river at dawn.</figcaption></figure>";
        var text = Text($"<article><div class='byline'>By Jane Doe</div>{figure}<p>{First}</p><p>{Second}</p><p>{Third}</p></article>");
        HasArticle(text);
        Assert.DoesNotContain("northern bank", text);
        Assert.DoesNotContain("Jane Doe", text);
    }

    [Fact]
    public void Teasers_in_side_columns_are_left_out_of_a_multi_column_layout()
    {
        string Teaser(string title, string blurb) => $"<div class='card'><h3><a href='/t'>{title}</a></h3><p>{blurb}</p></div>";
        var left = "<div class='col-left'>" + Teaser("Harbour", "The harbour master has asked fishing boats to stay in port until the storm has passed over the coast.")
            + Teaser("Schools", "Two primary schools in the valley will share a single head teacher from the start of the autumn term.") + "</div>";
        var right = "<div class='col-right'>" + Teaser("Market", "The Saturday market will move to the car park behind the church while the square is being repaved.") + "</div>";
        var text = Text($"<div class='columns'>{left}<div class='col-main'>{Article()}</div>{right}</div>");
        HasArticle(text);
        Assert.DoesNotContain("harbour master", text);
        Assert.DoesNotContain("Saturday market", text);
    }

    [Fact]
    public void A_ticker_of_headlines_with_blurbs_above_the_article_is_left_out()
    {
        string Item(string headline, string blurb) => $"<li><a href='/n'>{headline}</a> {blurb}</li>";
        var ticker = "<div class='latest'><ul>"
            + Item("Harbour master keeps the fishing fleet in port", "PORTLAND: The harbour master has asked all boats to stay in until the storm has passed the coast, and the coastguard has put two lifeboats on standby.")
            + Item("Two valley schools to share a single head teacher", "HILLTOWN: The county said the arrangement would start with the autumn term next year and would be reviewed after two years by the board.")
            + "</ul></div>";
        var text = Text($"<div class='column'>{ticker}<div class='story'><p>{First}</p><p>{Second}</p><p>{Third}</p></div></div>");
        HasArticle(text);
        Assert.DoesNotContain("lifeboats", text);
        Assert.DoesNotContain("head teacher", text);
    }

    [Fact]
    public void A_paragraph_opening_with_a_short_link_is_still_a_paragraph()
    {
        var linked = "<p><a href='/people/doe'>Jane Doe</a> said the council had listened to every resident who wrote in about the bridge repairs.</p>";
        var text = Text($"<div class='story'><p>{First}</p>{linked}<p>{Second}</p></div>");
        Assert.Contains("Jane Doe said the council", text);
    }

    [Fact]
    public void Subheadings_lists_and_a_short_closing_line_inside_the_article_are_kept_in_order()
    {
        var body = $"<div class='story'><p>{First}</p><h2>What happens next</h2><p>{Second}</p>"
            + $"<ul><li>Ferry from May</li><li>Bridge shut in June</li></ul><p>{Third}</p><p>Work starts soon.</p></div>";
        var text = Text(body);
        var order = new[] { First, "What happens next", Second, "Ferry from May", "Bridge shut in June", Third, "Work starts soon." }
            .Select(part => text.IndexOf(part, StringComparison.Ordinal))
            .ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void A_results_table_inside_the_article_is_kept_one_row_a_line()
    {
        var table = "<table><tr><th>Pos.</th><th>Rider</th><th>Points</th></tr>"
            + "<tr class='player-101'><td>1</td><td>Anna Berg</td><td>250</td></tr><tr class='player-102'><td>2</td><td>Lea Holm</td><td>231</td></tr></table>";
        var text = Text(Article(table));
        HasArticle(text);
        Assert.Contains("1 Anna Berg 250", text);
        Assert.Contains("2 Lea Holm 231", text);
    }

    [Fact]
    public void A_page_laid_out_in_a_table_keeps_its_text_apart_from_the_menu_cell()
    {
        var body = "<table><tr><td><a href='/'>Home</a><br><a href='/archive'>Archive</a><br><a href='/contact'>Contact</a></td>"
            + $"<td>{First}<br><br>{Second}<br><br>{Third}</td></tr></table>";
        var text = Text(body);
        HasArticle(text);
        Assert.DoesNotContain("Archive", text);
    }

    [Fact]
    public void A_post_embedded_from_a_social_network_is_kept()
    {
        var embed = "<div class='social-media-embed'><blockquote class='twitter-tweet'><p>The ferry timetable is out and the first boat leaves at six in the morning.</p></blockquote></div>";
        var text = Text(Article(embed));
        HasArticle(text);
        Assert.Contains("first boat leaves at six", text);
    }

    [Fact]
    public void The_headline_above_the_paragraphs_is_left_out()
    {
        var text = Text($"<div class='entry'><h1>Old stone bridge to be rebuilt</h1><p>{First}</p><p>{Second}</p><p>{Third}</p></div>");
        HasArticle(text);
        Assert.DoesNotContain("to be rebuilt", text);
    }

    [Fact]
    public void An_article_split_by_an_advert_is_kept_whole()
    {
        var body = $"<div class='story'><div class='part'><p>{First}</p><p>{Second}</p></div>"
            + "<div class='ad-slot'><a href='/ad'>Buy a new kitchen today</a></div>"
            + $"<div class='part'><p>{Third}</p><p>{First.Replace("Tuesday", "Monday")}</p></div></div>";
        var text = Text(body);
        HasArticle(text);
        Assert.DoesNotContain("kitchen", text);
    }

    [Fact]
    public void A_layout_wrapper_named_after_its_sidebar_keeps_the_article_it_holds()
    {
        var text = Text($"<div class='content-with-sidebar'>{Article()}<div class='sidebar'><p>Most read this week</p></div></div>");
        HasArticle(text);
        Assert.DoesNotContain("Most read", text);
    }

    [Fact]
    public void Hidden_elements_are_left_out()
    {
        var text = Text(Article("<div style='display: none'><p>Please update your browser to the latest version to read this page in full.</p></div>"));
        HasArticle(text);
        Assert.DoesNotContain("update your browser", text);
    }

    [Fact]
    public void A_page_footer_longer_than_a_marked_short_article_is_left_out()
    {
        var footer = "<div class='site-footer-text'>Our customer service centre answers questions about subscriptions, deliveries and advertising on weekdays between nine and five, and on Fridays until one in the afternoon.</div>";
        var text = Text($"<div itemprop='articleBody'>{First}<br>{Second}</div>{footer}");
        Assert.Contains(First, text);
        Assert.Contains(Second, text);
        Assert.DoesNotContain("customer service", text);
    }

    [Fact]
    public void Short_paragraphs_in_a_script_without_spaces_are_recognised_as_text()
    {
        var japanese = "<div class='entry'><p>今日は市役所で新しい橋の計画について説明会が開かれました。</p><p>多くの住民が参加して、工事の期間について質問しました。</p><p>市は来月から工事を始める予定です。</p></div>";
        var text = Text("<div class='menu'><a href='/'>ホーム</a></div>" + japanese);
        Assert.Contains("説明会が開かれました。", text);
        Assert.Contains("工事を始める予定です。", text);
        Assert.DoesNotContain("ホーム", text);
    }

    [Fact]
    public void A_page_without_main_text_is_refused()
    {
        var page = Page("<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><footer>Copyright</footer>");
        var error = Assert.Throws<InputException>(() => HtmlArticleReader.Read(page, null));
        Assert.Equal("HTML page has no main text", error.Message);
    }

    [Theory]
    [InlineData("Stories end with a full stop and have several words in them.", true)]
    [InlineData("Read more", false)]
    [InlineData("By Jane Doe, 5 March 2024", false)]
    [InlineData("市は来月から工事を始める予定です。", true)]
    public void Sentences_are_told_from_labels(string text, bool sentence) =>
        Assert.Equal(sentence, HtmlMainText.IsSentence(text));
}
