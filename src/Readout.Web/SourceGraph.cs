using Readout.Core;
using Readout.Reconcile;

namespace Readout.Web;

/// <summary>The story's sources drawn as a small graph: one node per article (or outlet outside the store), an arrow from each retelling to what it retells, colour by independent origin.</summary>
public static class SourceGraph
{
    private const int Size = 360;
    private const int MaxNodes = 24;

    public static Markup Render(ReconciledStory story, IReadOnlyList<Document> documents)
    {
        var provenance = story.Provenance;
        var articles = documents.Take(MaxNodes).ToList();
        var labels = articles.ToDictionary(d => d.Id, d => d.Article.Source ?? d.Id, StringComparer.Ordinal);
        var links = provenance.Links.Where(link => labels.ContainsKey(link.Article)).ToList();
        var outside = links.Select(link => link.Other).Where(other => !labels.ContainsKey(other)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var nodes = articles.Select(d => (Key: d.Id, Label: labels[d.Id], Group: provenance.OriginGroupOfArticle.GetValueOrDefault(d.Id, -1)))
            .Concat(outside.Select(o => (Key: o, Label: o, Group: -1)))
            .ToList();
        var center = Size / 2.0;
        var radius = nodes.Count == 1 ? 0 : Size / 2.0 - 60;
        var at = nodes.Select((node, i) => (node.Key, X: center + radius * Math.Cos(2 * Math.PI * i / nodes.Count - Math.PI / 2), Y: center + radius * Math.Sin(2 * Math.PI * i / nodes.Count - Math.PI / 2)))
            .ToDictionary(p => p.Key, p => (p.X, p.Y), StringComparer.Ordinal);
        var arrows = links.Select(link =>
        {
            var (x1, y1) = at[link.Article];
            var (x2, y2) = at[link.Other];
            var length = Math.Max(1, Math.Sqrt((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1)));
            var (dx, dy) = ((x2 - x1) / length * 14, (y2 - y1) / length * 14);
            return Markup.Of($"<line class=\"link\" x1=\"{x1 + dx:F1}\" y1=\"{y1 + dy:F1}\" x2=\"{x2 - dx:F1}\" y2=\"{y2 - dy:F1}\" marker-end=\"url(#arrow)\"><title>{labels[link.Article]} retells {(labels.TryGetValue(link.Other, out var other) ? other : link.Other)}: {link.Kind} ({link.Evidence})</title></line>");
        });
        var circles = nodes.Select(node =>
        {
            var (x, y) = at[node.Key];
            var group = node.Group < 0 ? "outside" : $"g{node.Group % 8}";
            return Markup.Of($"<g class=\"node {group}\"><circle cx=\"{x:F1}\" cy=\"{y:F1}\" r=\"11\"><title>{node.Label}</title></circle><text x=\"{x:F1}\" y=\"{y + 24:F1}\" text-anchor=\"middle\">{Short(node.Label)}</text></g>");
        });
        return Markup.Of($"""
            <figure class="graph">
            <svg viewBox="0 0 {Size} {Size}" role="img" aria-label="who retells whom"><defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z"/></marker></defs>{arrows}{circles}</svg>
            <figcaption>{provenance.IndependentSources(story.Story.Articles)} independent origin(s) among {story.Story.Articles.Length} article(s); an arrow points from a retelling to what it retells; one colour per origin.{(documents.Count > MaxNodes ? $" First {MaxNodes} articles drawn." : string.Empty)}</figcaption>
            </figure>
            """);
    }

    private static string Short(string label) => label.Length <= 18 ? label : label[..17] + "…";
}
