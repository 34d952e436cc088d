using AngleSharp.Dom;

namespace Readout.Ingest;

/// <summary>
/// A run of page text between two block boundaries (a paragraph, a heading, a list item, the
/// text of a div between its child blocks), the element it sits in, the share of its letters
/// that are link text, and how many letters of link text open it (a teaser's headline).
/// </summary>
public sealed record HtmlBlock(string Text, IElement Owner, HtmlBlockKind Kind, double LinkDensity, int LeadingLinkLetters);
