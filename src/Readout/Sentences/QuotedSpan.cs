using Readout.Core;

namespace Readout.Sentences;

/// <summary>
/// The inside of one pair of quotation marks, or one paragraph of a quotation that runs over
/// several paragraphs (<paramref name="Chain"/> is shared by the paragraphs of one quotation).
/// </summary>
/// <param name="Open">Offset of the opening mark.</param>
/// <param name="Close">Offset of the closing mark, or the end of the paragraph when the quotation goes on.</param>
public sealed record QuotedSpan(int Open, int Close, int Start, int End, int Chain)
{
    public TextSpan Inside => new(Start, End);
}
