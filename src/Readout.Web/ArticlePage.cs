using Readout.Core;
using Readout.Entities;
using Readout.Events;
using Readout.Quotes;
using Readout.Times;

namespace Readout.Web;

/// <summary>An article's cleaned text with its annotations marked (entities, times, quotations, events), its metadata and the story it belongs to.</summary>
public static class ArticlePage
{
    public static Markup Render(Document document, StorySummary? story)
    {
        var article = document.Article;
        var entities = document.Layer<EntityLayer>()?.Entities ?? [];
        var times = document.Layer<TimeLayer>()?.Times ?? [];
        var quotes = document.Layer<QuoteLayer>()?.Quotes ?? [];
        var events = document.Layer<EventLayer>()?.Events ?? [];
        var spans = entities.SelectMany(e => e.Mentions.Select(m => (m.Start, m.End, Label: ("entity", $"{e.Name} ({e.Type.ToString().ToLowerInvariant()})"))))
            .Concat(times.Select(t => (t.Start, t.End, Label: ("time", $"{t.Type} {t.Value}"))))
            .Concat(quotes.Select(q => (q.Start, q.End, Label: ("quote", $"quotation of {q.Speaker ?? "an unnamed speaker"}"))))
            .Concat(events.Select(e => (e.Start, e.End, Label: ("event", $"{e.Type}{(e.Mode is null ? string.Empty : "/" + e.Mode)}, {e.Modality}"))));
        var text = TextSegments.Render(document.Text, spans, (run, labels) => Markup.Of(
            $"<span class=\"{string.Join(' ', labels.Select(l => "k-" + l.Item1).Distinct().Order(StringComparer.Ordinal))}\" title=\"{string.Join("; ", labels.Select(l => l.Item2).Distinct())}\">{run}</span>"));
        var storyLine = story is null
            ? Markup.Of($"<p class=\"muted\">In no story yet.</p>")
            : Markup.Of($"<p>Story: <a href=\"/stories/{Markup.Segment(story.Id)}\">{story.Record.Story.Headline ?? story.Id}</a> ({story.Record.Story.Articles.Length} article(s))</p>");
        return Markup.Of($"""
            <h1>{article.Title ?? article.Id}</h1>
            <p class="meta"><span>{article.Source ?? "unknown outlet"}</span>{(article.CitedSource is null ? string.Empty : $", citing {article.CitedSource}")} <span>{article.Published ?? "undated"}</span> <span>{article.Language ?? string.Empty}</span> <span>id {article.Id}</span> <a href="/api/articles/{Markup.Segment(article.Id)}">JSON</a></p>
            <p class="meta">URL: {Markup.ExternalLink(article.Url)}</p>
            {storyLine}
            <p class="legend"><span class="k-entity">entity</span> <span class="k-time">time</span> <span class="k-quote">quotation</span> <span class="k-event">event</span></p>
            <div class="text article-text">{text}</div>
            <section class="annotations">
            <h2>Entities</h2><ul>{entities.Select(e => Markup.Of($"<li>{(e.Type == EntityType.Person ? StoryPage.PersonLink(e.Name) : Markup.Text(e.Name))} <span class=\"muted\">{e.Type.ToString().ToLowerInvariant()}{(e.Role is null ? string.Empty : ", " + e.Role)}, {e.Mentions.Length} mention(s)</span></li>"))}</ul>
            <h2>Times</h2><ul>{times.Select(t => Markup.Of($"<li>{t.Text} <span class=\"muted\">{t.Type} {t.Value}</span></li>"))}</ul>
            <h2>Quotations</h2><ul>{quotes.Select(q => Markup.Of($"<li><q>{q.Text}</q> <span class=\"muted\">{q.Speaker ?? "speaker not named"}</span></li>"))}</ul>
            <h2>Events</h2><ul>{events.Select(e => Markup.Of($"<li>{e.Type}{(e.Mode is null ? string.Empty : "/" + e.Mode)} <span class=\"muted\">{e.Modality}; {string.Join(", ", e.Actors.Concat(e.Recipients))}{(e.Date is null ? string.Empty : "; " + e.Date)}</span> “{document.Text[e.Start..e.End]}”</li>"))}</ul>
            </section>
            """);
    }
}
