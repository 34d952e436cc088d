using Readout.Sentences;
using Readout.Stories;

namespace Readout.Tests.Sentences;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text) =>
        [.. SentenceSplitter.Split(text).Select(span => span.Of(text))];

    [Fact]
    public void Splits_plain_sentences_after_periods_questions_and_exclamations()
    {
        Assert.Equal(
            ["The ministers met at noon.", "Did they agree?", "Nobody knows!", "Talks resume soon."],
            Sentences("The ministers met at noon. Did they agree? Nobody knows! Talks resume soon."));
    }

    [Fact]
    public void Titles_before_names_never_end_a_sentence()
    {
        Assert.Equal(
            ["Mr. Novak met Gen. Okafor and Sen. Lindqvist on the pier.", "Dr. Haas joined later."],
            Sentences("Mr. Novak met Gen. Okafor and Sen. Lindqvist on the pier. Dr. Haas joined later."));
    }

    [Fact]
    public void Us_before_a_title_does_not_split_but_us_at_the_end_of_a_sentence_does()
    {
        Assert.Equal(
            ["The envoy flew to the U.S. ahead of the vote.", "U.S. President Harlan Voss called the premier.", "He said sanctions would stay in the U.S.", "The premier disagreed."],
            Sentences("The envoy flew to the U.S. ahead of the vote. U.S. President Harlan Voss called the premier. He said sanctions would stay in the U.S. The premier disagreed."));
    }

    [Fact]
    public void Times_with_am_and_pm_do_not_split_before_a_weekday_or_lower_case()
    {
        Assert.Equal(
            ["The vote opens at 9:30 a.m. Monday and closes at 1:00 p.m. today, officials said."],
            Sentences("The vote opens at 9:30 a.m. Monday and closes at 1:00 p.m. today, officials said."));
    }

    [Fact]
    public void Month_abbreviations_and_number_prefixes_stay_inside_the_sentence()
    {
        Assert.Equal(
            ["The summit moved from Jan. 14 to Feb. 2 at No. 10 Downing Street.", "Staff said no.", "The date held."],
            Sentences("The summit moved from Jan. 14 to Feb. 2 at No. 10 Downing Street. Staff said no. The date held."));
    }

    [Fact]
    public void Middle_initials_and_dotted_initials_do_not_split()
    {
        Assert.Equal(
            ["Harlan J. Voss quoted J.R.R. Tolkien at the dinner.", "Guests laughed."],
            Sentences("Harlan J. Voss quoted J.R.R. Tolkien at the dinner. Guests laughed."));
    }

    [Fact]
    public void Lower_case_after_an_abbreviation_continues_the_sentence()
    {
        Assert.Equal(
            ["Exports to the U.K. rose, e.g. grain and steel, while imports from the E.U. fell."],
            Sentences("Exports to the U.K. rose, e.g. grain and steel, while imports from the E.U. fell."));
    }

    [Fact]
    public void Numbers_with_separators_and_amounts_do_not_split()
    {
        Assert.Equal(
            ["The fund grew 2.5% to $1.2 billion, or 5,000 grants.", "It closed at 3.75."],
            Sentences("The fund grew 2.5% to $1.2 billion, or 5,000 grants. It closed at 3.75."));
    }

    [Fact]
    public void A_closing_quote_after_the_period_belongs_to_the_sentence()
    {
        Assert.Equal(
            ["\"We reached a deal.\"", "The minister left.", "“Nothing is signed.”", "Aides agreed."],
            Sentences("\"We reached a deal.\" The minister left. “Nothing is signed.” Aides agreed."));
    }

    [Fact]
    public void A_sentence_may_end_inside_a_quotation_that_goes_on()
    {
        Assert.Equal(
            ["She said: “The talks went well.", "We meet again in spring.”"],
            Sentences("She said: “The talks went well. We meet again in spring.”"));
    }

    [Fact]
    public void An_opening_straight_quote_after_a_period_starts_the_next_sentence()
    {
        Assert.Equal(
            ["The aide paused.", "\"We will see,\" he said."],
            Sentences("The aide paused. \"We will see,\" he said."));
    }

    [Fact]
    public void A_quoted_question_followed_by_its_attribution_is_one_sentence()
    {
        Assert.Equal(
            ["“Why now?” Ana Ruiz asked.", "“Go!” he shouted."],
            Sentences("“Why now?” Ana Ruiz asked. “Go!” he shouted."));
    }

    [Fact]
    public void A_quotation_spanning_paragraphs_still_splits_at_the_paragraph_break()
    {
        Assert.Equal(
            ["\"The first point is settled.", "\"The second point is not,\" she said."],
            Sentences("\"The first point is settled.\n\n\"The second point is not,\" she said."));
    }

    [Fact]
    public void Bracketed_insertions_do_not_split()
    {
        Assert.Equal(
            ["He spoke with President [Miro] Kadic of Velaria (a small state) at length."],
            Sentences("He spoke with President [Miro] Kadic of Velaria (a small state) at length."));
    }

    [Fact]
    public void Dashes_do_not_split()
    {
        Assert.Equal(
            ["The plan - drafted in March – was dropped — quietly -- last week."],
            Sentences("The plan - drafted in March – was dropped — quietly -- last week."));
    }

    [Fact]
    public void Ellipsis_before_lower_case_continues_and_before_a_capital_ends()
    {
        Assert.Equal(
            ["We waited... and waited… for news.", "Then it came...", "Nobody cheered."],
            Sentences("We waited... and waited… for news. Then it came... Nobody cheered."));
    }

    [Fact]
    public void A_bracketed_ellipsis_is_an_elision_not_an_end()
    {
        Assert.Equal(
            ["“We will [...] Not one soldier leaves,” she said."],
            Sentences("“We will [...] Not one soldier leaves,” she said."));
    }

    [Fact]
    public void A_numbered_list_item_keeps_its_number()
    {
        Assert.Equal(
            ["The plan has two points:", "1. Troops pull back.", "2. Talks start in May."],
            Sentences("The plan has two points:\n1. Troops pull back.\n2. Talks start in May."));
    }

    [Fact]
    public void A_headline_line_without_final_punctuation_is_its_own_sentence()
    {
        Assert.Equal(
            ["Ministers agree on grain corridor", "The deal was signed on Tuesday.", "Next steps", "Inspections begin soon."],
            Sentences("Ministers agree on grain corridor\nThe deal was signed on Tuesday.\n\nNext steps\nInspections begin soon."));
    }

    [Fact]
    public void A_line_broken_after_a_title_or_a_function_word_continues()
    {
        Assert.Equal(
            ["U.S. President\nHarlan Voss met the leaders of\nthree states."],
            Sentences("U.S. President\nHarlan Voss met the leaders of\nthree states."));
    }

    [Fact]
    public void A_line_ending_in_a_colon_continues_into_a_quotation()
    {
        Assert.Equal(
            ["The envoy wrote:\n“Nothing is agreed yet.”", "Aides confirmed it."],
            Sentences("The envoy wrote:\n“Nothing is agreed yet.” Aides confirmed it."));
    }

    [Fact]
    public void Every_line_ending_in_terminal_punctuation_ends_a_sentence()
    {
        Assert.Equal(
            ["The talks ended.", "It's a hard situation; 5,000 people left.", "So we wait.'", "The envoy flew home."],
            Sentences("The talks ended.\nIt's a hard situation; 5,000 people left.\nSo we wait.' The envoy flew home."));
    }

    [Fact]
    public void Hard_wrapped_text_reads_single_line_breaks_as_spaces()
    {
        var text = "The council met on Monday and agreed\nthat the budget would be cut by a\nthird over the next two years. Members\nwho voted against it said the cuts\nwent too far.";
        Assert.Equal(
            ["The council met on Monday and agreed\nthat the budget would be cut by a\nthird over the next two years.", "Members\nwho voted against it said the cuts\nwent too far."],
            Sentences(text));
    }

    [Fact]
    public void A_stray_closing_quote_after_a_spaced_period_joins_the_sentence()
    {
        Assert.Equal(["She shouted, 'wait, wait. '\"", "Then it was over."], Sentences("She shouted, 'wait, wait. '\" Then it was over."));
    }

    [Fact]
    public void Sentences_are_trimmed_and_empty_text_has_none()
    {
        Assert.Empty(SentenceSplitter.Split("  \n\n \t "));
        Assert.Equal(["One line."], Sentences("\n\n  One line.  \n"));
    }
}
