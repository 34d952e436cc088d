using Readout.Core;
using Readout.Sentences;

namespace Readout.Tokens;

/// <summary>A token with its text, as <see cref="TokenView"/> gives it.</summary>
public readonly record struct ViewToken(int Start, int End, string Text, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>Whether the token starts with a letter (a word, not a number or a mark).</summary>
    public bool IsLetters => char.IsLetter(Text[0]);

    /// <summary>Whether the token starts with a capital letter.</summary>
    public bool Capitalized => char.IsUpper(Text[0]);

    /// <summary>A word that keeps its closing period ("Mr.", "U.S.", "J."): the tokenizer knew it for an abbreviation or an initial.</summary>
    public bool HasPeriod => IsWord && Text.Length > 1 && Text[^1] == '.';

    /// <summary>The text in lower case with typographic apostrophes and quotation marks made plain.</summary>
    public string Plain => QuoteMarks.Plain(Text.ToLowerInvariant());

    public bool Is(string other) => string.Equals(Text, other, StringComparison.OrdinalIgnoreCase);
}
