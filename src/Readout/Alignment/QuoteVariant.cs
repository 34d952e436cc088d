namespace Readout.Alignment;

/// <summary>One rendering of a statement: a quotation, or a passage of a transcript it was taken from.</summary>
/// <param name="Quoted">True for a quotation of the article's quote layer; false for a passage of plain or transcript text.</param>
public sealed record QuoteVariant(string Article, string? Outlet, int Start, int End, string Text, string? Speaker, bool Quoted);
