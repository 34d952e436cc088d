namespace Readout.Web;

/// <summary>The start page: stories newest first under the filters, a plot of events per day, each story's agreement at a glance.</summary>
public static class TimelinePage
{
    public static Markup Render(StoryCatalog.Snapshot snapshot, StoryQuery query, IReadOnlyList<StorySummary> found, Paging paging)
    {
        var types = snapshot.Newest.Select(s => s.Record.Event?.Type).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var shown = paging.Of(found);
        return Markup.Of($"""
            <h1>Timeline</h1>
            <form class="filters" method="get" action="/">
            <label>Search <input type="search" name="q" value="{query.Text}" placeholder="words or &quot;a phrase&quot;"></label>
            <label>Actor <input name="actor" value="{query.Actors.FirstOrDefault()}" placeholder="Putin"></label>
            <label>Event type <select name="type"><option value="">any</option>{types.Select(type => Markup.Of($"<option{(type == query.Type ? Markup.Of($" selected") : Markup.Empty)}>{type}</option>"))}</select></label>
            <label>From <input type="date" name="from" value="{query.From}"></label>
            <label>To <input type="date" name="to" value="{query.To}"></label>
            <label>Outlet <input name="outlet" value="{query.Outlet}"></label>
            <button type="submit">Filter</button>
            </form>
            {EventsPlot.Render(found.Select(s => s.Date))}
            <p class="muted" id="count">{found.Count} of {snapshot.Newest.Length} stories</p>
            <div id="live" data-seq="{snapshot.Seq}" hidden><h2>New since you opened this page</h2><ol class="stories" id="new-stories"></ol></div>
            <ol class="stories" id="stories">{shown.Select(Row)}</ol>
            {Pager(query, paging, found.Count)}
            """);
    }

    public static Markup Row(StorySummary story)
    {
        var (agreeing, conflicting) = story.Agreement;
        var kind = story.Record.Event is { } e ? e.Type + (e.Mode is null ? string.Empty : "/" + e.Mode) : "no event";
        return Markup.Of($"""
            <li class="story"><a href="/stories/{Markup.Segment(story.Id)}">{story.Record.Story.Headline ?? story.Id}</a>
            <div class="meta"><span>{story.Date ?? "undated"}</span> <span>{kind}</span> <span>{story.Record.Story.Articles.Length} article(s)</span> <span>{story.IndependentSources} independent source(s)</span>
            <span class="badge agree" title="slots every article agrees on">{agreeing} agree</span>{(conflicting > 0 ? Markup.Of($" <span class=\"badge conflict\" title=\"slots the articles disagree on\">{conflicting} conflict</span>") : Markup.Empty)}
            <span class="outlets">{string.Join(", ", story.Outlets.Take(4))}{(story.Outlets.Length > 4 ? $" +{story.Outlets.Length - 4}" : string.Empty)}</span></div></li>
            """);
    }

    private static Markup Pager(StoryQuery query, Paging paging, int total)
    {
        var filters = query.ToQueryString();
        string Link(int page) => "/?" + (filters.Length > 0 ? filters + "&" : string.Empty) + $"page={page}&size={paging.Size}";
        var previous = paging.Page > 1 ? Markup.Of($"<a rel=\"prev\" href=\"{Link(paging.Page - 1)}\">newer</a>") : Markup.Empty;
        var next = paging.Skip + paging.Size < total ? Markup.Of($"<a rel=\"next\" href=\"{Link(paging.Page + 1)}\">older</a>") : Markup.Empty;
        return Markup.Of($"<nav class=\"pager\">{previous} {next}</nav>");
    }
}
