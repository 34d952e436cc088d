using System.Collections.Immutable;
using System.Globalization;
using Readout.Core;
using Readout.Sentences;

namespace Readout.Tokens;

/// <summary>
/// Splits text into tokens in one left-to-right pass: words (hyphenated and apostrophe forms
/// kept whole, English clitics such as 's and n't split off, abbreviations and initials keeping
/// their period), numbers with separators (1:00, 5,000, 2.5, 9th), URLs, @handles and #tags,
/// and punctuation one mark at a time (an ellipsis or a run of hyphens as one token).
/// </summary>
public sealed class Tokenizer : IAnnotator
{
    public IReadOnlyList<Type> Requires { get; } = [];

    public Type Adds => typeof(TokenLayer);

    public Document Annotate(Document document) => document.With(new TokenLayer(Tokenize(document.Text)));

    public static ImmutableArray<Token> Tokenize(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                i++;
                continue;
            }

            var token = UrlAt(text, i)
                ?? HandleAt(text, i)
                ?? CliticAt(text, i)
                ?? (char.IsDigit(c) ? NumberAt(text, i)
                    : char.IsLetter(c) ? WordAt(text, i, i + 1)
                    : MarkAt(text, i));
            tokens.Add(token);
            i = token.End;
        }

        return tokens.ToImmutable();
    }

    /// <summary>A word from <paramref name="start"/>, scanning on from <paramref name="from"/>.</summary>
    private static Token WordAt(string text, int start, int from)
    {
        var end = from;
        while (true)
        {
            while (end < text.Length && IsWordChar(text[end]))
            {
                end++;
            }

            if (end + 1 >= text.Length)
            {
                break;
            }

            var joint = text[end];
            var after = text[end + 1];
            if (IsApostrophe(joint) && char.IsLetter(after))
            {
                if (IsNegation(text, end))
                {
                    end = end - 1 > start ? end - 1 : end + 2;
                    break;
                }

                if (IsClitic(text, end + 1))
                {
                    break;
                }
            }
            else if (!(IsHyphen(joint) && char.IsLetterOrDigit(after)) && !(joint == '.' && char.IsLetter(after)))
            {
                break;
            }

            end += 2;
        }

        if (end < text.Length && text[end] == '.' && KeepsPeriod(text, start, end))
        {
            end++;
        }

        return new Token(start, end, TokenKind.Word);
    }

    /// <summary>An abbreviation or initial keeps its period ("Mr.", "U.S.", "J."); "No." only before a numeral.</summary>
    private static bool KeepsPeriod(string text, int start, int dot) =>
        Abbreviations.Classify(text.AsSpan(start, dot - start)) switch
        {
            AbbreviationKind.BeforeName or AbbreviationKind.Ambiguous => true,
            AbbreviationKind.BeforeNumber => NumeralFollows(text, dot + 1),
            _ => false,
        };

    private static bool NumeralFollows(string text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length && char.IsDigit(text[i]);
    }

    /// <summary>Digits with inner separators (5,000 2.5 1:00 12/28/2025); a glued suffix makes 9th a number and 5G or 20-point a word.</summary>
    private static Token NumberAt(string text, int start)
    {
        var end = SkipDigits(text, start);
        while (end + 1 < text.Length && text[end] is '.' or ',' or ':' or '/' && char.IsDigit(text[end + 1]))
        {
            end = SkipDigits(text, end + 1);
        }

        var suffixEnd = end;
        while (suffixEnd < text.Length && char.IsLetter(text[suffixEnd]))
        {
            suffixEnd++;
        }

        var joined = suffixEnd < text.Length - 1 && IsHyphen(text[suffixEnd]) && char.IsLetter(text[suffixEnd + 1]);
        if (joined || (suffixEnd > end && !IsNumberSuffix(text.AsSpan(end, suffixEnd - end))))
        {
            return WordAt(text, start, suffixEnd);
        }

        return new Token(start, suffixEnd, TokenKind.Number);
    }

    private static bool IsNumberSuffix(ReadOnlySpan<char> suffix) =>
        suffix.Equals("st", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("s", StringComparison.Ordinal);

    private static int SkipDigits(string text, int from)
    {
        var end = from;
        while (end < text.Length && char.IsDigit(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>An English clitic split off its host word: 's 're 've 'll 'd 'm (n't is found by <see cref="WordAt"/>).</summary>
    private static Token? CliticAt(string text, int start) =>
        IsApostrophe(text[start]) && start > 0 && char.IsLetter(text[start - 1]) && IsClitic(text, start + 1)
            ? new Token(start, SkipLetters(text, start + 1), TokenKind.Word)
            : null;

    private static bool IsClitic(string text, int from)
    {
        var end = SkipLetters(text, from);
        if (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            return false;
        }

        var letters = text.AsSpan(from, end - from);
        return letters.Equals("s", StringComparison.OrdinalIgnoreCase)
            || letters.Equals("re", StringComparison.OrdinalIgnoreCase)
            || letters.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || letters.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || letters.Equals("d", StringComparison.OrdinalIgnoreCase)
            || letters.Equals("m", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The apostrophe at <paramref name="apostrophe"/> is the one of a word-final n't ("don't", "can’t").</summary>
    private static bool IsNegation(string text, int apostrophe) =>
        apostrophe > 0 && text[apostrophe - 1] is 'n' or 'N'
        && apostrophe + 1 < text.Length && text[apostrophe + 1] is 't' or 'T'
        && (apostrophe + 2 == text.Length || !char.IsLetterOrDigit(text[apostrophe + 2]));

    private static int SkipLetters(string text, int from)
    {
        var end = from;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end;
    }

    private static Token? UrlAt(string text, int start)
    {
        var span = text.AsSpan(start);
        var prefix = span.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : span.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
            : span.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? 4
            : 0;
        if (prefix == 0 || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
        {
            return null;
        }

        var end = start + prefix;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('<' or '>') && !QuoteMarks.IsOpening(text[end]) && !QuoteMarks.IsClosing(text[end]))
        {
            end++;
        }

        var hasOpenParen = text.AsSpan(start, end - start).Contains('(');
        while (end > start + prefix && (text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '’' or ']' or '}' || (text[end - 1] == ')' && !hasOpenParen)))
        {
            end--;
        }

        return end > start + prefix ? new Token(start, end, TokenKind.Url) : null;
    }

    /// <summary>A social-media @handle or #hashtag.</summary>
    private static Token? HandleAt(string text, int start)
    {
        var sign = text[start];
        if (sign is not ('@' or '#') || start + 1 >= text.Length || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
        {
            return null;
        }

        var first = text[start + 1];
        if (!(char.IsLetter(first) || first == '_' || (sign == '@' && char.IsDigit(first))))
        {
            return null;
        }

        var end = start + 1;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
        {
            end++;
        }

        return new Token(start, end, TokenKind.Handle);
    }

    /// <summary>One punctuation mark or symbol; an ellipsis "..." or a dash "--" is one token, a surrogate pair one symbol.</summary>
    private static Token MarkAt(string text, int start)
    {
        var c = text[start];
        var end = start + 1;
        if (c is '.' or '-')
        {
            while (end < text.Length && text[end] == c)
            {
                end++;
            }
        }
        else if (char.IsHighSurrogate(c) && end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        var kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
        return new Token(start, end, kind);
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsApostrophe(char c) => c is '\'' or '’';
}
