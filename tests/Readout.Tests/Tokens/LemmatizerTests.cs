using Readout.Stories;
using Readout.Tokens;

namespace Readout.Tests.Tokens;

public class LemmatizerTests
{
    [Theory]
    [InlineData("said", "say")]
    [InlineData("says", "say")]
    [InlineData("saying", "say")]
    [InlineData("told", "tell")]
    [InlineData("held", "hold")]
    [InlineData("spoke", "speak")]
    [InlineData("met", "meet")]
    [InlineData("wrote", "write")]
    [InlineData("was", "be")]
    [InlineData("n't", "not")]
    public void Irregular_forms_come_from_the_exceptions_table(string word, string lemma) =>
        Assert.Equal(lemma, Lemmatizer.Lemma(word));

    [Theory]
    [InlineData("called", "call")]
    [InlineData("calling", "call")]
    [InlineData("stressed", "stress")]
    [InlineData("warned", "warn")]
    [InlineData("agreed", "agree")]
    [InlineData("freed", "free")]
    [InlineData("denied", "deny")]
    public void Regular_verb_endings_are_removed(string word, string lemma) =>
        Assert.Equal(lemma, Lemmatizer.Lemma(word));

    [Theory]
    [InlineData("acknowledged", "acknowledge")]
    [InlineData("emphasized", "emphasize")]
    [InlineData("emphasising", "emphasise")]
    [InlineData("stated", "state")]
    [InlineData("making", "make")]
    [InlineData("hoped", "hope")]
    [InlineData("continued", "continue")]
    [InlineData("released", "release")]
    [InlineData("defeated", "defeat")]
    [InlineData("visited", "visit")]
    public void A_silent_e_comes_back_only_where_the_stem_needs_it(string word, string lemma) =>
        Assert.Equal(lemma, Lemmatizer.Lemma(word));

    [Theory]
    [InlineData("stopped", "stop")]
    [InlineData("planning", "plan")]
    [InlineData("occurred", "occur")]
    [InlineData("added", "add")]
    public void A_doubled_final_consonant_is_undoubled(string word, string lemma) =>
        Assert.Equal(lemma, Lemmatizer.Lemma(word));

    [Theory]
    [InlineData("countries", "country")]
    [InlineData("talks", "talk")]
    [InlineData("leaders", "leader")]
    [InlineData("addresses", "address")]
    [InlineData("issues", "issue")]
    [InlineData("spokesmen", "spokesman")]
    [InlineData("children", "child")]
    [InlineData("crisis", "crisis")]
    [InlineData("status", "status")]
    public void Plural_nouns_become_singular(string word, string lemma) =>
        Assert.Equal(lemma, Lemmatizer.Lemma(word));

    [Theory]
    [InlineData("thing", "thing")]
    [InlineData("morning", "morning")]
    [InlineData("red", "red")]
    [InlineData("news", "news")]
    public void Words_that_only_look_inflected_stay(string word, string lemma) =>
        Assert.Equal(lemma, Lemmatizer.Lemma(word));

    [Theory]
    [InlineData("Said", "say")]
    [InlineData("Speaking", "speak")]
    [InlineData("Reuters", "reuters")]
    [InlineData("Christmas", "christmas")]
    [InlineData("NATO", "nato")]
    [InlineData("Trump’s", "trump’s")]
    public void Capitalized_words_keep_name_like_endings(string word, string lemma) =>
        Assert.Equal(lemma.Replace('’', '\''), Lemmatizer.Lemma(word));

    [Fact]
    public void Hyphenated_compounds_lemmatize_their_last_part() =>
        Assert.Equal("cease-fire", Lemmatizer.Lemma("cease-fires"));

    [Fact]
    public void A_token_lemma_is_computed_from_the_text()
    {
        var text = "The aides acknowledged it.";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(["the", "aide", "acknowledge", "it", "."], tokens.Select(t => t.Lemma(text)));
    }
}
