using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Readout.Sentences;
using Readout.Tokens;

namespace Readout.Tests.Sentences;

/// <summary>News-like text built from the pieces that stress sentence and token boundaries.</summary>
public sealed record NewsLikeText(string Value)
{
    public override string ToString() => Value;
}

public static class NewsLikeTextArbitrary
{
    private static readonly string[] Pieces =
    [
        "the", "The", "Voss", "said", " ", " ", " ", "\n", "\n\n", "\r\n", "\t", ".", ".", "!", "?", "…", "...", ",", ";", ":",
        "\"", "“", "”", "'", "’", "’s", "n't", "(", ")", "[", "]", "-", "–", "—", "--", "U.S.", "Mr.", "p.m.", "J.", "No.",
        "5,000", "1:00", "2.5%", "$1.2", "https://x.org/a.", "@desk", "#tag", "é", "\u0301", "\u200b", "😀", "\ud800", "A", "a",
    ];

    public static Arbitrary<NewsLikeText> NewsLikeText() =>
        Gen.Elements(Pieces).ArrayOf().Select(parts => new NewsLikeText(string.Concat(parts))).ToArbitrary();
}

public class TextPropertyTests
{
    private static bool SentencesAreWellFormed(string text)
    {
        var sentences = SentenceSplitter.Split(text);
        var previousEnd = 0;
        foreach (var sentence in sentences)
        {
            var wellFormed = sentence.Start >= previousEnd && sentence.End > sentence.Start && sentence.End <= text.Length
                && !char.IsWhiteSpace(text[sentence.Start]) && !char.IsWhiteSpace(text[sentence.End - 1]);
            if (!wellFormed)
            {
                return false;
            }

            previousEnd = sentence.End;
        }

        return true;
    }

    private static bool TokensAreWellFormed(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            var wellFormed = token.Start >= previousEnd && token.End > token.Start && token.End <= text.Length
                && !token.Of(text).Any(char.IsWhiteSpace);
            if (!wellFormed)
            {
                return false;
            }

            previousEnd = token.End;
        }

        return true;
    }

    private static bool EveryNonSpaceCharacterIsInASentence(string text)
    {
        var covered = new bool[text.Length];
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                covered[i] = true;
            }
        }

        return Enumerable.Range(0, text.Length).All(i => covered[i] || char.IsWhiteSpace(text[i]));
    }

    [Property(Arbitrary = [typeof(NewsLikeTextArbitrary)], MaxTest = 300)]
    public bool Sentences_are_ordered_non_overlapping_inside_and_trimmed_on_news_like_text(NewsLikeText text) =>
        SentencesAreWellFormed(text.Value);

    [Property(Arbitrary = [typeof(NewsLikeTextArbitrary)], MaxTest = 300)]
    public bool Sentences_cover_every_non_space_character(NewsLikeText text) =>
        EveryNonSpaceCharacterIsInASentence(text.Value);

    [Property(Arbitrary = [typeof(NewsLikeTextArbitrary)], MaxTest = 300)]
    public bool Tokens_never_overlap_or_hold_whitespace_on_news_like_text(NewsLikeText text) =>
        TokensAreWellFormed(text.Value);

    [Property(MaxTest = 300)]
    public bool Splitter_and_tokenizer_handle_arbitrary_strings(string? text) =>
        SentencesAreWellFormed(text ?? string.Empty) && TokensAreWellFormed(text ?? string.Empty);

    [Property(Arbitrary = [typeof(NewsLikeTextArbitrary)], MaxTest = 300)]
    public bool Lemmatizer_never_throws_and_lower_cases(NewsLikeText text) =>
        Tokenizer.Tokenize(text.Value).All(token => token.Lemma(text.Value) is { Length: > 0 });
}
