namespace Readout.Tokens;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,

    /// <summary>A social-media @handle or #hashtag.</summary>
    Handle,
}
