using Readout.Core;
using Readout.Quotes;
using Readout.Reporting;
using Readout.Storage;

namespace Readout.Web;

/// <summary>One actor's stories (as a participant) and statements (quotations with them as speaker), each in date order.</summary>
public sealed record PersonRecord(string Name, IReadOnlyList<StorySummary> Stories, IReadOnlyList<(Article Article, Quotation Quote)> Statements)
{
    /// <summary>Most stories and full-text hits whose articles are read for statements.</summary>
    private const int MaxStories = 100;

    private const int MaxSearchHits = 200;

    /// <summary>"Putin" finds the stories of "Vladimir Putin"; statements come from those stories' articles and from articles that name the person.</summary>
    public static PersonRecord Find(string name, StoryCatalog catalog, StorePool pool)
    {
        var stories = catalog.Current().Newest
            .Where(s => s.Record.Event?.Participants.Any(p => Timeline.NameMatches(p, name)) == true)
            .OrderBy(s => s.Date ?? "9999", StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var documents = pool.Use(store =>
        {
            var hits = !SearchQuery.IsSearchable(name) ? [] : store.Search(name, MaxSearchHits).Select(hit => hit.Id);
            return store.Documents(stories.Take(MaxStories).SelectMany(s => s.Record.Story.Articles).Concat(hits).Distinct(StringComparer.Ordinal));
        });
        var statements = documents
            .SelectMany(d => (d.Layer<QuoteLayer>()?.Quotes ?? []).Where(q => q.Speaker is { } speaker && Timeline.NameMatches(speaker, name)).Select(q => (d.Article, Quote: q)))
            .OrderBy(s => s.Article.Published ?? "9999", StringComparer.Ordinal).ThenBy(s => s.Article.Id, StringComparer.Ordinal).ThenBy(s => s.Quote.Start)
            .ToList();
        return new PersonRecord(name, stories, statements);
    }
}
