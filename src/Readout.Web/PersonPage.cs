namespace Readout.Web;

/// <summary>Every event and statement of one actor, in date order.</summary>
public static class PersonPage
{
    public static Markup Render(PersonRecord person) => Markup.Of($"""
        <h1>{person.Name}</h1>
        <p class="meta">{person.Stories.Count} stor{(person.Stories.Count == 1 ? "y" : "ies")} as a participant, {person.Statements.Count} statement(s) <a href="/api/quotes?speaker={Uri.EscapeDataString(person.Name)}">JSON</a></p>
        <section><h2>Events</h2><ol class="stories">{person.Stories.Select(TimelinePage.Row)}</ol></section>
        <section><h2>Statements</h2><ol class="statements">{person.Statements.Select(s => Markup.Of($"<li><span class=\"muted\">{s.Article.Published ?? "undated"}, {s.Article.Source ?? "unknown outlet"}</span> <q>{s.Quote.Text}</q> <a href=\"/articles/{Markup.Segment(s.Article.Id)}\">{s.Article.Title ?? s.Article.Id}</a></li>"))}</ol></section>
        """);
}
