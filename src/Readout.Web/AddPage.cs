using Readout.Storage;

namespace Readout.Web;

/// <summary>Adding articles: paste text, upload files, or name a URL or feed to fetch; after a write, which stories changed.</summary>
public static class AddPage
{
    public static Markup Render(bool needsToken, IngestOutcome? outcome = null) => Markup.Of($"""
        <h1>Add articles</h1>
        {(outcome is null ? Markup.Empty : Result(outcome))}
        <form class="add" method="post" action="/add" enctype="multipart/form-data">
        <fieldset><legend>Paste an article</legend>
        <label>Title <input name="title"></label>
        <label>Outlet <input name="source"></label>
        <label>Published <input name="published" placeholder="2025-12-28"></label>
        <label>Text <textarea name="text" rows="10"></textarea></label>
        </fieldset>
        <fieldset><legend>Upload files</legend><label>Text, HTML or feed files <input type="file" name="files" multiple></label></fieldset>
        <fieldset><legend>Fetch</legend><label>A page or feed URL <input type="url" name="url" placeholder="https://"></label></fieldset>
        {(needsToken ? Markup.Of($"<label>Token <input type=\"password\" name=\"token\" autocomplete=\"off\"></label>") : Markup.Empty)}
        <button type="submit">Add</button>
        </form>
        """);

    private static Markup Result(IngestOutcome outcome) => Markup.Of($"""
        <section class="result" id="result">
        <h2>Stories changed</h2>
        {(outcome.Changes.Count == 0 ? Markup.Of($"<p class=\"muted\">None.</p>") : Markup.Of($"<ul id=\"changed\">{outcome.Changes.Select(c => Markup.Of($"<li><span class=\"badge\">{c.Kind}</span> <a href=\"/stories/{Markup.Segment(c.Story)}\">{c.Headline ?? c.Story}</a> ({c.Articles} article(s))</li>"))}</ul>"))}
        <h2>Articles</h2>
        <ul>{outcome.Stored.Select(s => Markup.Of($"<li>{(s.Outcome == StoreOutcome.Added ? Markup.Of($"<a href=\"/articles/{Markup.Segment(s.Id)}\">{s.Id}</a>") : Markup.Text(s.Id))}: {s.Outcome.ToString().ToLowerInvariant()}{(s.Detail is null ? string.Empty : " (" + s.Detail + ")")}</li>"))}</ul>
        {(outcome.Failures.Count == 0 ? Markup.Empty : Markup.Of($"<h2>Failed</h2><ul class=\"failures\">{outcome.Failures.Select(f => Markup.Of($"<li>{f.Input}: {f.Reason}</li>"))}</ul>"))}
        </section>
        """);
}
