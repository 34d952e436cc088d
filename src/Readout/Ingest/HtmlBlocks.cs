using System.Text;
using AngleSharp.Dom;

namespace Readout.Ingest;

/// <summary>Cuts a page into text blocks the way a reader sees its paragraphs.</summary>
public static class HtmlBlocks
{
    private static readonly HashSet<string> BlockTags =
    [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
        "thead", "tr", "ul",
    ];

    private static readonly HashSet<string> SilentTags = ["script", "style", "noscript", "template", "svg", "head"];

    public static IReadOnlyList<HtmlBlock> Collect(IElement root)
    {
        var builder = new Builder();
        builder.Visit(root, root, inLink: false);
        builder.Flush();
        return builder.Blocks;
    }

    /// <summary>
    /// A table cell that holds paragraphs, line breaks or blocks of its own lays out a page; any
    /// other cell is one value of its row, and a row of values reads as one line.
    /// </summary>
    private static bool IsLayoutCell(IElement element) =>
        element.LocalName is "td" or "th" && element.QuerySelector("p, div, br, table, ul, ol, h1, h2, h3, h4, h5, h6") is not null;

    private static HtmlBlockKind KindOf(IElement owner) => owner.LocalName switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => HtmlBlockKind.Heading,
        "li" or "dd" or "dt" or "tr" => HtmlBlockKind.ListItem,
        _ => HtmlBlockKind.Text,
    };

    private sealed class Builder
    {
        private readonly StringBuilder text = new();
        private int letters;
        private int linkLetters;
        private int leadingLinkLetters;
        private IElement? owner;

        public List<HtmlBlock> Blocks { get; } = [];

        public void Visit(INode node, IElement blockOwner, bool inLink)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText textNode)
                {
                    Append(textNode.Data, blockOwner, inLink);
                }
                else if (child is IElement element && !SilentTags.Contains(element.LocalName))
                {
                    if (element.LocalName == "br")
                    {
                        Flush();
                    }
                    else if (BlockTags.Contains(element.LocalName) || IsLayoutCell(element))
                    {
                        Flush();
                        Visit(element, element, inLink);
                        Flush();
                    }
                    else
                    {
                        if (element.LocalName is "td" or "th")
                        {
                            Append(" ", blockOwner, inLink);
                        }

                        Visit(element, blockOwner, inLink || element.LocalName == "a");
                    }
                }
            }
        }

        public void Flush()
        {
            if (owner is not null && letters > 0)
            {
                var normalized = HtmlArticleReader.Normalize(text.ToString());
                Blocks.Add(new HtmlBlock(normalized, owner, KindOf(owner), (double)linkLetters / letters, leadingLinkLetters));
            }

            text.Clear();
            letters = 0;
            linkLetters = 0;
            leadingLinkLetters = 0;
            owner = null;
        }

        private void Append(string data, IElement blockOwner, bool inLink)
        {
            var count = data.Count(c => !char.IsWhiteSpace(c));
            if (count > 0)
            {
                owner ??= blockOwner;
            }

            text.Append(data);
            leadingLinkLetters += inLink && linkLetters == letters ? count : 0;
            letters += count;
            linkLetters += inLink ? count : 0;
        }
    }
}
