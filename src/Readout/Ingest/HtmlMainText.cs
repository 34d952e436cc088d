using AngleSharp.Dom;

namespace Readout.Ingest;

/// <summary>
/// Finds the main text of a page by content scoring. Chrome (html-noise.txt) is pruned, sparing
/// the article the page marks itself (schema.org articleBody, article, main); the page is cut
/// into text blocks, each judged good, short or bad by its length, sentence shape and link
/// density; the element that gathers the most good text (clusters of paragraphs counting more
/// than lone blurbs) against the least bad is taken as the article; inside it, the run of
/// clustered paragraphs is kept with the short blocks among them (subheadings, list items).
/// </summary>
public static class HtmlMainText
{
    public enum Quality
    {
        Bad,
        Short,
        Good,
    }

    private const int GoodLength = 100;
    private const int SentenceLength = 40;
    private const double GoodLinkDensity = 0.3;
    private const double BadLinkDensity = 0.5;
    private const double ShortPenalty = 0.3;

    /// <summary>A block opening with this many letters of link text reads as a teaser (headline, then blurb), never as a paragraph.</summary>
    private const int TeaserHeadlineLetters = 25;

    /// <summary>A good block with no good sibling (a teaser's blurb, a footer note) counts this much towards its container.</summary>
    private const double LoneFactor = 0.3;

    /// <summary>An element holding at least this share of the article's good text is never pruned as chrome.</summary>
    private const double ProtectedShare = 0.5;

    /// <summary>An element the page marks as its article must hold this share of the page's good text to be believed.</summary>
    private const double MarkerShare = 0.25;

    /// <summary>Elements that are one paragraph, never an article on their own.</summary>
    private static readonly HashSet<string> ParagraphTags = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"];

    private static readonly string[] MarkerSelectors = ["[itemprop=articleBody]", "article, main, [role=main]"];

    /// <summary>The main text, blocks separated by blank lines; empty where the page has none. Prunes the document in place.</summary>
    public static string Extract(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return string.Empty;
        }

        var goodText = GoodTextByElement(HtmlBlocks.Collect(body));
        var article = ArticleMarker(body, goodText) ?? body;
        var articleGoodText = goodText.GetValueOrDefault(article);
        var aroundArticle = article.Ancestors<IElement>().Append(article).ToHashSet();
        HtmlNoise.Prune(body, element => aroundArticle.Contains(element)
            || (articleGoodText > 0 && goodText.GetValueOrDefault(element) >= ProtectedShare * articleGoodText && IsWithin(element, article)));
        var blocks = HtmlBlocks.Collect(body);
        var container = BestContainer(blocks);
        if (container is null)
        {
            return string.Empty;
        }

        var inside = blocks.Where(block => IsWithin(block.Owner, container)).ToList();
        return string.Join("\n\n", KeepInContext(inside).Select(block => block.Text));
    }

    /// <summary>Whether the element is the ancestor or one of its descendants (walking up, not searching down).</summary>
    private static bool IsWithin(IElement element, IElement ancestor)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (current == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Bad: mostly link text (menus, link lists). Good: a paragraph, long or shaped like a
    /// sentence, with few links. Short: everything else (headings, labels, datelines, teasers
    /// opening with a headline link), kept only among good blocks.
    /// </summary>
    public static Quality Judge(HtmlBlock block)
    {
        if (block.LinkDensity > BadLinkDensity)
        {
            return Quality.Bad;
        }

        if (block.LeadingLinkLetters >= TeaserHeadlineLetters)
        {
            return Quality.Short;
        }

        var length = Weight(block.Text);
        var sentence = length >= SentenceLength && IsSentence(block.Text);
        return block.LinkDensity <= GoodLinkDensity && block.Kind != HtmlBlockKind.Heading && (length >= GoodLength || sentence)
            ? Quality.Good
            : Quality.Short;
    }

    /// <summary>Ends like a sentence and has a few words (or, in scripts written without spaces, a few ideographs).</summary>
    public static bool IsSentence(string text)
    {
        var trimmed = text.TrimEnd('"', '”', '’', '\'', ')', '」', '』', ' ');
        return trimmed.Length > 0
            && trimmed[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？'
            && (text.Count(c => c == ' ') >= 4 || text.Count(IsIdeographic) >= 8);
    }

    /// <summary>How much a text says: its length, counting a CJK character (a word or syllable on its own) as three letters.</summary>
    public static int Weight(string text) => text.Length + (2 * text.Count(IsIdeographic));

    private static bool IsIdeographic(char c) =>
        c is (>= '\u3040' and <= '\u30ff') or (>= '\u3400' and <= '\u9fff') or (>= '\uac00' and <= '\ud7af') or (>= '\uf900' and <= '\ufaff');

    /// <summary>
    /// The element the page itself marks as its article (schema.org articleBody first, then
    /// article, main) that holds the most good text, where it holds a fair share of the page's.
    /// </summary>
    private static IElement? ArticleMarker(IElement body, Dictionary<IElement, int> goodText)
    {
        var pageGoodText = goodText.GetValueOrDefault(body);
        return MarkerSelectors
            .Select(selector => body.QuerySelectorAll(selector)
                .Where(element => goodText.GetValueOrDefault(element) >= MarkerShare * pageGoodText && pageGoodText > 0)
                .MaxBy(element => goodText.GetValueOrDefault(element)))
            .FirstOrDefault(element => element is not null);
    }

    private static Dictionary<IElement, int> GoodTextByElement(IReadOnlyList<HtmlBlock> blocks)
    {
        var totals = new Dictionary<IElement, int>();
        foreach (var block in blocks.Where(block => Judge(block) == Quality.Good))
        {
            for (var element = block.Owner; element is not null; element = element.ParentElement)
            {
                totals[element] = totals.GetValueOrDefault(element) + Weight(block.Text);
            }
        }

        return totals;
    }

    /// <summary>The element whose blocks add up to the most good text less the bad and short text; the deepest on a tie.</summary>
    private static IElement? BestContainer(IReadOnlyList<HtmlBlock> blocks)
    {
        var quality = blocks.Select(Judge).ToArray();
        var goodPerParent = GoodPerParent(blocks, quality);
        var scores = new Dictionary<IElement, double>();
        foreach (var (block, i) in blocks.Select((block, i) => (block, i)))
        {
            var weight = quality[i] switch
            {
                Quality.Good => Weight(block.Text) * (goodPerParent[ParagraphParent(block)] > 1 ? 1 : LoneFactor),
                Quality.Bad => -Weight(block.Text),
                _ => -ShortPenalty * Weight(block.Text),
            };
            for (var element = block.Owner; element is not null; element = element.ParentElement)
            {
                scores[element] = scores.GetValueOrDefault(element) + weight;
            }
        }

        var best = scores.Where(pair => pair.Value > 0)
            .OrderByDescending(pair => pair.Value)
            .ThenByDescending(pair => pair.Key.Ancestors<IElement>().Count())
            .Select(pair => pair.Key)
            .FirstOrDefault();
        return best is not null && ParagraphTags.Contains(best.LocalName) ? best.ParentElement ?? best : best;
    }

    /// <summary>
    /// The article's run of text: where some parents hold several good blocks (paragraph clusters),
    /// the span from the first to the last clustered block, else from the first to the last good
    /// block. Inside it, good blocks and short ones are kept; outside it, only blocks standing
    /// beside the article's paragraphs in the same parent (a closing dates list, a one-line
    /// paragraph), the page's headline (h1) excepted. Bad blocks never.
    /// </summary>
    private static IEnumerable<HtmlBlock> KeepInContext(IReadOnlyList<HtmlBlock> blocks)
    {
        var quality = blocks.Select(Judge).ToArray();
        var good = Enumerable.Range(0, blocks.Count).Where(i => quality[i] == Quality.Good).ToList();
        var goodPerParent = GoodPerParent(blocks, quality);
        var clustered = good.Where(i => goodPerParent[ParagraphParent(blocks[i])] > 1).ToList();
        var core = clustered.Count > 0 ? clustered : good;
        if (core.Count == 0)
        {
            yield break;
        }

        var (first, last) = (core[0], core[^1]);
        var parents = core.Select(i => ParagraphParent(blocks[i])).ToHashSet();
        for (var i = 0; i < blocks.Count; i++)
        {
            var inSpan = i >= first && i <= last;
            var beside = parents.Contains(ParagraphParent(blocks[i])) && blocks[i].Owner.LocalName != "h1";
            if (quality[i] != Quality.Bad && (inSpan || beside))
            {
                yield return blocks[i];
            }
        }
    }

    private static Dictionary<IElement, int> GoodPerParent(IReadOnlyList<HtmlBlock> blocks, Quality[] quality) =>
        blocks.Where((_, i) => quality[i] == Quality.Good).CountBy(ParagraphParent).ToDictionary();

    /// <summary>
    /// The element whose children are the paragraphs a block stands among: the parent of its
    /// paragraph, climbing out of lists and quotations (a list item or a quoted paragraph is
    /// one more paragraph of the text around it).
    /// </summary>
    private static IElement ParagraphParent(HtmlBlock block)
    {
        var parent = ParagraphTags.Contains(block.Owner.LocalName) || block.Kind == HtmlBlockKind.ListItem
            ? block.Owner.ParentElement ?? block.Owner
            : block.Owner;
        while (parent.LocalName is "ul" or "ol" or "dl" or "blockquote" or "table" or "tbody" or "thead" or "tfoot" && parent.ParentElement is { } above)
        {
            parent = above;
        }

        return parent;
    }
}
