using Readout.Core;

namespace Readout.Tokens;

/// <summary>A token of the cleaned text.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);

    public string Of(string text) => text[Start..End];

    /// <summary>The dictionary form of a word token, computed on demand (see <see cref="Lemmatizer"/>).</summary>
    public string Lemma(string text) => Kind == TokenKind.Word ? Lemmatizer.Lemma(Of(text)) : Of(text);
}
