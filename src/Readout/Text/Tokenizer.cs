using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Readout.Pipeline;

namespace Readout.Text;

/// <summary>
/// Splits text into words (keeping abbreviations with their periods, hyphenated and
/// apostrophe forms together), numbers (1:00, 5,000, 2.5) and punctuation.
/// </summary>
public sealed partial class Tokenizer : IAnnotator
{
    public static ImmutableArray<Token> Tokenize(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        foreach (Match match in TokenRegex().Matches(text))
        {
            var kind = match.Groups["num"].Success ? TokenKind.Number
                : match.Groups["word"].Success ? TokenKind.Word
                : char.IsPunctuation(match.Value[0]) ? TokenKind.Punctuation
                : TokenKind.Symbol;
            tokens.Add(new Token(match.Index, match.Index + match.Length, kind));
        }

        return tokens.ToImmutable();
    }

    public Document Annotate(Document document) => document.With(new TokenLayer(Tokenize(document.Text)));

    [GeneratedRegex(@"(?<num>\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?)|(?<word>(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\d]*(?:['’\-]\p{L}[\p{L}\p{M}\d]*)*(?:['’]s?)?)|[^\s]", RegexOptions.CultureInvariant)]
    private static partial Regex TokenRegex();
}
