using Readout.Sentences;
using Readout.Stories;
using Readout.Tokens;

namespace Readout.Tests.Tokens;

public class TokenizerTests
{
    private static string[] Tokens(string text) =>
        [.. Tokenizer.Tokenize(text).Select(token => token.Of(text))];

    private static TokenKind KindOf(string text, string token) =>
        Tokenizer.Tokenize(text).First(t => t.Of(text) == token).Kind;

    [Fact]
    public void Punctuation_is_split_from_words()
    {
        Assert.Equal(["Yes", ",", "she", "said", "(", "twice", ")", "."], Tokens("Yes, she said (twice)."));
    }

    [Fact]
    public void Hyphenated_compounds_stay_whole()
    {
        Assert.Equal(["the", "Putin-Trump", "call", "and", "US-Ukrainian", "talks", "at", "Mar-a-Lago"], Tokens("the Putin-Trump call and US-Ukrainian talks at Mar-a-Lago"));
    }

    [Fact]
    public void Possessives_and_contractions_split_off_their_clitic()
    {
        Assert.Equal(["Trump", "’s", "aide", "said", "it", "'s", "late", "and", "they", "'re", "tired"], Tokens("Trump’s aide said it's late and they're tired"));
        Assert.Equal(["We", "do", "n't", "know", ",", "we", "ca", "n’t", "say"], Tokens("We don't know, we can’t say"));
    }

    [Fact]
    public void Apostrophes_inside_names_stay_and_quote_marks_split()
    {
        Assert.Equal(["O'Neill", "called", "it", "'", "bold", "'", "and", "the", "leaders", "’", "plan"], Tokens("O'Neill called it 'bold' and the leaders’ plan"));
    }

    [Fact]
    public void Abbreviations_and_initials_keep_their_period()
    {
        Assert.Equal(["U.S.", "President", "Harlan", "J.", "Voss", "met", "Mr.", "Ito", "at", "1:00", "p.m."], Tokens("U.S. President Harlan J. Voss met Mr. Ito at 1:00 p.m."));
    }

    [Fact]
    public void A_sentence_final_period_is_its_own_token_and_no_keeps_it_only_before_a_numeral()
    {
        Assert.Equal(["He", "said", "no", ".", "No.", "10", "agreed", "."], Tokens("He said no. No. 10 agreed."));
    }

    [Fact]
    public void Numbers_keep_their_separators_and_symbols_split()
    {
        Assert.Equal(["$", "1.2", "billion", ",", "5,000", "people", ",", "2.5", "%", ",", "12/28/2025", ",", "9th", ",", "1990s"], Tokens("$1.2 billion, 5,000 people, 2.5%, 12/28/2025, 9th, 1990s"));
        Assert.Equal(TokenKind.Number, KindOf("5,000 people", "5,000"));
        Assert.Equal(TokenKind.Symbol, KindOf("$1.2", "$"));
    }

    [Fact]
    public void Number_word_compounds_are_words_and_ranges_split()
    {
        Assert.Equal(["a", "20-point", "plan", "for", "2009", "-", "2010"], Tokens("a 20-point plan for 2009-2010"));
        Assert.Equal(TokenKind.Word, KindOf("a 20-point plan", "20-point"));
    }

    [Fact]
    public void Urls_handles_and_hashtags_are_single_tokens()
    {
        var text = "See https://example.org/a/b?x=1, or @news_desk and #ceasefire (www.example.com).";
        Assert.Equal(["See", "https://example.org/a/b?x=1", ",", "or", "@news_desk", "and", "#ceasefire", "(", "www.example.com", ")", "."], Tokens(text));
        Assert.Equal(TokenKind.Url, KindOf(text, "www.example.com"));
        Assert.Equal(TokenKind.Handle, KindOf(text, "@news_desk"));
    }

    [Fact]
    public void Dotted_names_stay_whole()
    {
        Assert.Equal(["News.Az", "reports", "."], Tokens("News.Az reports."));
    }

    [Fact]
    public void Brackets_and_dashes_are_separate_tokens_and_ellipses_are_one()
    {
        Assert.Equal(["President", "[", "Miro", "]", "Kadic", "—", "then", "...", "silence", "--", "and", "…"], Tokens("President [Miro] Kadic—then ... silence -- and …"));
    }

    [Fact]
    public void Tokens_within_a_sentence_are_found_by_span()
    {
        var text = "First one. Second one here.";
        var layer = new TokenLayer(Tokenizer.Tokenize(text));
        var second = SentenceSplitter.Split(text)[1];
        Assert.Equal(["Second", "one", "here", "."], layer.Within(second).ToArray().Select(t => t.Of(text)));
    }
}
