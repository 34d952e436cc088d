using System.Text.Json.Nodes;
using Readout.Alignment;
using Readout.Core;
using Readout.Reconcile;
using Readout.Stories;

namespace Readout.Web;

/// <summary>
/// A story's reconciled record: facts with agreement badges, independent-source counts, the chosen
/// value and why; outcomes as claims; quotations by speaker with their variants; who retells whom;
/// and every article's text, where clicking an item highlights the sentences asserting it.
/// </summary>
public static class StoryPage
{
    /// <summary>Most articles whose text the page shows (in ingest order): a story of hundreds of copies stays quick to open.</summary>
    public const int MaxArticles = 24;

    /// <summary>The stored layers the page reads of its articles: those alignment and reconciliation read, as the page finds the evidence their way.</summary>
    public static IReadOnlySet<Type> Layers { get; } = new QuoteAligner().Requires.Concat(new StoryReconciler().Requires).ToHashSet();

    private static readonly string[] SlotOrder = ["type", "date", "participants", "initiator", "place", "duration_minutes"];

    /// <summary>The page for <paramref name="story"/> with the text of <paramref name="documents"/> (its first <see cref="MaxArticles"/> articles).</summary>
    public static Markup Render(ReconciledStory story, IReadOnlyList<Document> documents)
    {
        var analysis = new Analysis([.. documents]).With(new StoryLayer([story.Story]));
        var groups = new QuoteAligner().Apply(analysis).Require<QuoteAlignmentLayer>().Groups;
        var evidence = Evidence.Find(story, documents, groups).ToLookup(span => span.Article, StringComparer.Ordinal);
        var facts = story.Event?.Facts ?? [];
        var indexed = facts.Select((fact, index) => (Fact: fact, Key: Evidence.FactKey(index))).ToList();
        var e = story.Event;
        return Markup.Of($"""
            <h1>{story.Story.Headline ?? story.Story.Id}</h1>
            <p class="meta"><span>{e?.Date ?? story.Story.Date ?? "undated"}</span> <span>{(e is null ? "no event coded" : e.Type + (e.Mode is null ? string.Empty : "/" + e.Mode))}</span> <span>{story.Story.Articles.Length} article(s)</span> <span>{story.Provenance.IndependentSources(story.Story.Articles)} independent source(s)</span> <a href="/api/stories/{Markup.Segment(story.Story.Id)}">JSON</a></p>
            <p class="hint">Click a fact, an outcome or a quotation to highlight the sentences that assert it in each article below.</p>
            <section class="facts"><h2>Facts</h2>{FactTable(indexed.Where(f => f.Fact.Slot != "outcome").ToList())}</section>
            <section class="outcomes"><h2>Outcomes</h2>{Outcomes(indexed.Where(f => f.Fact.Slot == "outcome").ToList())}</section>
            <section class="quotes"><h2>Quotations by speaker</h2>{Quotes(groups)}</section>
            <section class="sources"><h2>Sources and who retells whom</h2>{SourceGraph.Render(story, documents)}</section>
            <section class="articles"><h2>Articles</h2>{(documents.Count < story.Story.Articles.Length ? Markup.Of($"<p class=\"hint\">The text of the first {documents.Count} of {story.Story.Articles.Length} articles, where evidence is highlighted.</p>") : Markup.Empty)}{documents.Select(d => ArticleText(d, evidence[d.Id]))}</section>
            """);
    }

    private static Markup FactTable(IReadOnlyList<(Fact Fact, string Key)> facts)
    {
        if (facts.Count == 0)
        {
            return Markup.Of($"<p class=\"muted\">No article asserts an event this story could reconcile.</p>");
        }

        var rows = facts
            .GroupBy(f => f.Fact.Slot)
            .OrderBy(g => Array.IndexOf(SlotOrder, g.Key) is var i and >= 0 ? i : SlotOrder.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(slot => slot.Select(f =>
            {
                var badge = slot.Count() > 1 ? Markup.Of($"<span class=\"badge conflict\">conflict</span>") : Markup.Of($"<span class=\"badge agree\">agree</span>");
                var chosen = f.Fact.Chosen ? Markup.Of($" <span class=\"badge chosen\" title=\"the value the record keeps\">chosen</span>") : Markup.Empty;
                return Markup.Of($"""
                    <tr class="claim" data-key="{f.Key}" data-slot="{f.Fact.Slot}" tabindex="0"><td>{Slot(f.Fact.Slot)}</td><td class="value">{Value(f.Fact)}{chosen}</td><td>{badge}</td><td>{f.Fact.Articles.Length}{(f.Fact.Sources.Length > 0 ? $" ({string.Join(", ", f.Fact.Sources)})" : string.Empty)}</td><td>{f.Fact.IndependentSources}</td><td>{f.Fact.Why}</td></tr>
                    """);
            }));
        return Markup.Of($"<table><thead><tr><th>slot</th><th>value</th><th>agreement</th><th>articles (asserted by)</th><th>independent sources</th><th>why</th></tr></thead><tbody>{rows}</tbody></table>");
    }

    private static Markup Outcomes(IReadOnlyList<(Fact Fact, string Key)> outcomes) =>
        outcomes.Count == 0
            ? Markup.Of($"<p class=\"muted\">No outcome stated.</p>")
            : Markup.Of($"<ul>{outcomes.Select(o => Markup.Of($"<li class=\"claim\" data-key=\"{o.Key}\" tabindex=\"0\"><q>{o.Fact.Value?["text"]?.GetValue<string>()}</q> <span class=\"muted\">{o.Fact.Value?["type"]?.GetValue<string>()}, {o.Fact.Value?["modality"]?.GetValue<string>()}; in {o.Fact.Articles.Length} article(s), {o.Fact.IndependentSources} independent</span> {ArticleLinks(o.Fact.Articles)}</li>"))}</ul>");

    private static Markup Quotes(IReadOnlyList<QuoteGroup> groups)
    {
        if (groups.Count == 0)
        {
            return Markup.Of($"<p class=\"muted\">No quotations.</p>");
        }

        var indexed = groups.Select((group, index) => (Group: group, Key: Evidence.QuoteKey(index)));
        var bySpeaker = indexed.GroupBy(g => g.Group.Speaker ?? "speaker not named").OrderBy(g => g.Key == "speaker not named").ThenBy(g => g.Key, StringComparer.Ordinal);
        return Markup.Join(bySpeaker.Select(speaker => Markup.Of($"""
            <h3>{PersonLink(speaker.Key)}</h3>
            <ul>{speaker.Select(g => Markup.Of($"<li class=\"claim\" data-key=\"{g.Key}\" tabindex=\"0\"><q>{Clip(g.Group.Variants.FirstOrDefault(v => v.Quoted)?.Text ?? g.Group.Variants[0].Text)}</q>{Variants(g.Group)}</li>"))}</ul>
            """)));
    }

    private static Markup Variants(QuoteGroup group) =>
        group.Variants.Length < 2
            ? Markup.Of($" <span class=\"muted\">{group.Variants[0].Outlet ?? group.Variants[0].Article}</span>")
            : Markup.Of($"<details><summary>{group.Variants.Length} renderings in {string.Join(", ", group.Variants.Select(v => v.Outlet ?? v.Article).Distinct())}</summary><ul>{group.Variants.Select(v => Markup.Of($"<li><b>{v.Outlet ?? v.Article}</b>{(v.Quoted ? string.Empty : " (passage)")}: {Clip(v.Text)}</li>"))}</ul></details>");

    private static Markup ArticleText(Document document, IEnumerable<EvidenceSpan> evidence)
    {
        var article = document.Article;
        var text = TextSegments.Render(document.Text, evidence.Select(span => (span.Start, span.End, span.Key)), (run, keys) =>
            Markup.Of($"<span class=\"ev\" data-keys=\"{string.Join(' ', keys.Distinct().Order(StringComparer.Ordinal))}\">{run}</span>"));
        return Markup.Of($"""
            <article class="source" data-article="{article.Id}"><h3><a href="/articles/{Markup.Segment(article.Id)}">{article.Title ?? article.Id}</a></h3>
            <p class="meta"><span>{article.Source ?? "unknown outlet"}</span>{(article.CitedSource is null ? string.Empty : $", citing {article.CitedSource}")} <span>{article.Published ?? "undated"}</span></p>
            <div class="text">{text}</div></article>
            """);
    }

    public static Markup PersonLink(string name) => Markup.Of($"<a href=\"/people/{Markup.Segment(name)}\">{name}</a>");

    private static Markup ArticleLinks(IEnumerable<string> ids) =>
        Markup.Join(ids.Select(id => Markup.Of($"<a class=\"article-link\" href=\"/articles/{Markup.Segment(id)}\">{id}</a> ")));

    private static string Slot(string slot) => slot == "duration_minutes" ? "duration" : slot;

    private static string Value(Fact fact) => fact.Value switch
    {
        JsonArray items => string.Join(", ", items.Select(item => item?.ToString())),
        JsonValue minutes when fact.Slot == "duration_minutes" => $"{fact.Qualifier}{(fact.Qualifier is null ? string.Empty : " ")}{minutes} min",
        null => "none",
        var other => other.ToString(),
    };

    private static string Clip(string text) => text.Length <= 400 ? text : text[..399] + "…";
}
