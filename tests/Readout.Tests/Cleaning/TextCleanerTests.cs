using Readout.Cleaning;
using Readout.Core;
using Readout.Stories;

namespace Readout.Tests.Cleaning;

public class TextCleanerTests
{
    [Theory]
    [InlineData("+ ↺ − 16 px")]
    [InlineData("A A A")]
    [InlineData("read more")]
    [InlineData("Read More")]
    [InlineData("Share this article")]
    [InlineData("Share on Telegram")]
    [InlineData("Subscribe to our newsletter for daily updates")]
    [InlineData("Advertisement")]
    [InlineData("Also read: Ministers meet in Geneva")]
    [InlineData("4 min read")]
    [InlineData("(Reporting by Jane Roe; Editing by John Doe)")]
    [InlineData("Home | World | Business | Opinion | Subscribe")]
    [InlineData("Monday edition | Weather: Oslo 4°C | Markets")]
    [InlineData("read more: What we know about the border crossing")]
    [InlineData("Tags: Norway, Chile, fisheries")]
    [InlineData("Print version")]
    [InlineData("© 2026 Lakeside Wire. All rights reserved.")]
    public void Drops_page_chrome_lines(string chrome)
    {
        var cleaned = TextCleaner.Clean($"The ministers met on Tuesday.\n{chrome}\nThey agreed to talk again.");

        Assert.Equal("The ministers met on Tuesday.\nThey agreed to talk again.", cleaned.Text);
    }

    [Theory]
    [InlineData("Read more about how the talks began, in our earlier report on the summit.")]
    [InlineData("Share prices fell sharply after the announcement.")]
    [InlineData("Subscribers to the plan include six countries.")]
    public void Keeps_sentences_that_merely_start_like_chrome(string sentence)
    {
        var cleaned = TextCleaner.Clean($"Opening line.\n{sentence}");

        Assert.Contains(sentence, cleaned.Text);
    }

    [Fact]
    public void Top_banner_names_the_outlet_and_is_removed()
    {
        var cleaned = TextCleaner.Clean("Leaders talk by phone\nrussia today -\n\nThe two leaders spoke for an hour.");

        Assert.Equal("RT", cleaned.Outlet);
        Assert.DoesNotContain("russia today", cleaned.Text);
        Assert.StartsWith("Leaders talk by phone", cleaned.Text);
    }

    [Theory]
    [InlineData("harbour wire -", "harbour wire")]
    [InlineData("THE HARBOUR TIMES", "THE HARBOUR TIMES")]
    public void Unknown_outlet_banners_are_recognized_by_their_shape(string banner, string outlet)
    {
        var cleaned = TextCleaner.Clean($"{banner}\n\nMinisters met in Oslo on Monday.");

        Assert.Equal(outlet, cleaned.Outlet);
        Assert.Equal("Ministers met in Oslo on Monday.", cleaned.Text);
    }

    [Fact]
    public void A_headline_is_not_a_banner()
    {
        var cleaned = TextCleaner.Clean("Ministers agree border roadmap\n\nMinisters met in Oslo on Monday.");

        Assert.Null(cleaned.Outlet);
        Assert.StartsWith("Ministers agree border roadmap", cleaned.Text);
    }

    [Theory]
    [InlineData("Most read")]
    [InlineData("Related news")]
    [InlineData("You may also like")]
    public void A_chrome_heading_drops_its_whole_block(string heading)
    {
        var cleaned = TextCleaner.Clean($"Ministers met in Oslo on Monday.\n\n{heading}\n1. Tram line extended\nFerry strike ends\n\nThey will meet again in May.");

        Assert.Equal("Ministers met in Oslo on Monday.\n\nThey will meet again in May.", cleaned.Text);
    }

    [Theory]
    [InlineData("— Harbour Wire", "Harbour Wire")]
    [InlineData("© The Harbour Times", "The Harbour Times")]
    [InlineData("Source: Harbour Wire", "Harbour Wire")]
    public void Marked_sign_offs_name_unknown_outlets(string signOff, string outlet)
    {
        var cleaned = TextCleaner.Clean($"Ministers met in Oslo on Monday.\n\n{signOff}");

        Assert.Equal(outlet, cleaned.Outlet);
        Assert.Equal("Ministers met in Oslo on Monday.", cleaned.Text);
    }

    [Fact]
    public void A_credit_line_gives_outlet_and_cited_source()
    {
        var cleaned = TextCleaner.Clean("Ministers met in Oslo on Monday.\n\nHarbour Times, with reporting by the Northern News Agency");

        Assert.Equal("Harbour Times", cleaned.Outlet);
        Assert.Equal("Northern News Agency", cleaned.CitedSource);
        Assert.Equal("Ministers met in Oslo on Monday.", cleaned.Text);
    }

    [Fact]
    public void Bottom_sign_off_names_the_outlet_and_is_removed()
    {
        var cleaned = TextCleaner.Clean("The two leaders spoke for an hour.\n\nThey will meet next month.\n\nNews.Az");

        Assert.Equal("News.Az", cleaned.Outlet);
        Assert.EndsWith("They will meet next month.", cleaned.Text);
    }

    [Fact]
    public void A_sign_off_that_is_a_sentence_is_kept()
    {
        var cleaned = TextCleaner.Clean("The leaders spoke.\nReuters could not verify the claim.");

        Assert.Null(cleaned.Outlet);
        Assert.EndsWith("Reuters could not verify the claim.", cleaned.Text);
    }

    [Fact]
    public void Reports_citing_gives_outlet_and_cited_source()
    {
        var cleaned = TextCleaner.Clean("The ministers met in Baku, News.Az reports, citing TASS.\nMore details followed.");

        Assert.Equal("News.Az", cleaned.Outlet);
        Assert.Equal("TASS", cleaned.CitedSource);
    }

    [Fact]
    public void Unknown_citing_outlets_are_kept_as_written()
    {
        var (outlet, cited) = TextCleaner.FindCitation("Talks resumed, Daily Planet reported, citing Metro Wire.");

        Assert.Equal("Daily Planet", outlet);
        Assert.Equal("Metro Wire", cited);
    }

    [Fact]
    public void Wire_dateline_names_the_outlet()
    {
        Assert.Equal("Reuters", TextCleaner.DatelineOutlet("GENEVA, March 3 (Reuters) - Envoys met on Monday."));
    }

    [Fact]
    public void Paragraph_breaks_survive_and_blank_runs_collapse()
    {
        var cleaned = TextCleaner.Clean("  First paragraph.  \n\n\n\nSecond paragraph.\nSame paragraph, next line.");

        Assert.Equal("First paragraph.\n\nSecond paragraph.\nSame paragraph, next line.", cleaned.Text);
    }

    [Fact]
    public void Windows_line_endings_are_handled()
    {
        var cleaned = TextCleaner.Clean("One line.\r\nread more\r\nTwo line.\r\n");

        Assert.Equal("One line.\nTwo line.", cleaned.Text);
    }

    [Fact]
    public void Every_cleaned_character_maps_back_to_the_same_raw_character()
    {
        const string raw = "+ ↺ − 16 px\n\n  Leaders met.   \nread more\n\nThey agreed.\n\nNews.Az\n";
        var cleaned = TextCleaner.Clean(raw);

        for (var i = 0; i < cleaned.Text.Length; i++)
        {
            if (cleaned.Text[i] != '\n')
            {
                Assert.Equal(cleaned.Text[i], raw[cleaned.Map.ToRaw(i)]);
            }
        }
    }

    [Fact]
    public void A_span_maps_back_to_its_raw_text()
    {
        const string raw = "Share this article\nThe call lasted 1 hour and 15 minutes.";
        var cleaned = TextCleaner.Clean(raw);
        var start = cleaned.Text.IndexOf("1 hour", StringComparison.Ordinal);
        var end = start + "1 hour and 15 minutes".Length;

        Assert.Equal("1 hour and 15 minutes", raw[cleaned.Map.ToRaw(start)..cleaned.Map.ToRaw(end)]);
    }

    [Fact]
    public void Identity_map_is_the_identity()
    {
        var map = OffsetMap.Identity(10);

        Assert.Equal(7, map.ToRaw(7));
    }
}
