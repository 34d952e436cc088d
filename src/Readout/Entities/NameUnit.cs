using System.Collections.Immutable;
using Readout.Core;
using Readout.Sentences;
using Readout.Tokens;

namespace Readout.Entities;

/// <summary>
/// A part of a <see cref="TokenView"/> token as name matching sees it: hyphenated words are split
/// (Putin-Trump is two names), square brackets are skipped so that "President [Vladimir]
/// Zelensky" reads as one name, and a word's closing period stands apart, so that initials and
/// titles read alike however the tokenizer kept them ("D." and "Mr." are a word and a period).
/// The tokenizer already splits a possessive "’s" off its word.
/// </summary>
/// <param name="Key">The <see cref="NameKey"/> of a word; a punctuation mark itself.</param>
internal readonly record struct NameUnit(int Start, int End, string Surface, string Key, TokenKind Kind)
{
    public bool IsWord => Kind == TokenKind.Word;

    public bool Capitalized => IsWord && char.IsUpper(Surface[0]);

    /// <summary>The units of a view's tokens, read once for the entity and the reference stage (<see cref="ThreadRecent{TKey, TValue}"/>).</summary>
    public static ImmutableArray<NameUnit> Of(TokenView view) => ThreadRecent<TokenView, ImmutableArray<NameUnit>>.GetOrMake(view, Read);

    private static ImmutableArray<NameUnit> Read(TokenView view)
    {
        var units = ImmutableArray.CreateBuilder<NameUnit>(view.Count + (view.Count / 8));
        foreach (var token in view.All)
        {
            if (!token.IsWord)
            {
                if (token.Text is not ("[" or "]"))
                {
                    units.Add(new NameUnit(token.Start, token.End, token.Text, QuoteMarks.Plain(token.Text), token.Kind));
                }

                continue;
            }

            if (token.HasPeriod)
            {
                AddWordParts(units, view.Text, token, token.Start, token.End - 1);
                units.Add(new NameUnit(token.End - 1, token.End, ".", ".", TokenKind.Punctuation));
            }
            else
            {
                AddWordParts(units, view.Text, token, token.Start, token.End);
            }
        }

        return units.ToImmutable();
    }

    /// <summary>Units of a phrase written alone (an alias from the knowledge base), tokenized as texts are.</summary>
    public static ImmutableArray<NameUnit> OfPhrase(string phrase) => Of(new TokenView(phrase, Tokenizer.Tokenize(phrase)));

    private static void AddWordParts(ImmutableArray<NameUnit>.Builder units, string text, ViewToken token, int start, int end)
    {
        var partStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && text[i] != '-')
            {
                continue;
            }

            if (i > partStart)
            {
                var part = partStart == token.Start && i == token.End ? token.Text : text[partStart..i];
                units.Add(new NameUnit(partStart, i, part, NameKey.Of(part), TokenKind.Word));
            }

            partStart = i + 1;
        }
    }
}
