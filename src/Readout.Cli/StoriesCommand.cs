using System.CommandLine;
using Readout.Core;
using Readout.Reconcile;
using Readout.Storage;

namespace Readout.Cli;

/// <summary><c>readout stories</c>: the stored stories, one line each, optionally only those in a date range, from an outlet or with an actor.</summary>
public static class StoriesCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var format = CommonOptions.Format(Listing.Formats);
        var filters = new ListFilter.Options();
        var limit = new Option<int?>("--limit") { Description = "List at most this many stories (all when not given)." };
        var offset = new Option<int>("--offset") { Description = "Skip this many of the stories that would be listed first.", DefaultValueFactory = _ => 0 };
        limit.Validators.Add(parsed =>
        {
            if (parsed.GetValue(limit) is < 1)
            {
                parsed.AddError("--limit must be at least 1.");
            }
        });
        offset.Validators.Add(parsed =>
        {
            if (parsed.GetValue(offset) < 0)
            {
                parsed.AddError("--offset must not be negative.");
            }
        });
        var command = new Command("stories", "List the stored stories, oldest first.") { db, format, limit, offset };
        foreach (var option in filters.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(result =>
        {
            var (output, error) = (result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
            using var store = CommonOptions.OpenStore(result.GetValue(db), error);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            var filter = filters.Read(result);
            var listing = new Listing("id", "articles", "date", "outlets", "participants", "headline");
            var lines = new List<string>();
            var kept = filter.IsEmpty ? Kept(store, filter, result.GetValue(offset)) : Kept(store, filter, 0).Skip(result.GetValue(offset));
            foreach (var (reconciled, members, date, outlets, participants) in result.GetValue(limit) is { } most ? kept.Take(most) : kept)
            {
                listing.Add(reconciled.Story.Id, members.Count, date, outlets, participants, reconciled.Story.Headline);
                lines.Add($"{reconciled.Story.Id}  {Plural.Of(reconciled.Story.Articles.Length, "article")}  {reconciled.Story.Headline}");
            }

            if (result.GetValue(format) is "table")
            {
                lines.ForEach(output.WriteLine);
            }
            else
            {
                listing.Write(output, result.GetValue(format)!);
            }

            var total = store.StoryCount;
            error.WriteLine($"{Plural.Of(listing.Count, "story")}{(listing.Count == total ? string.Empty : $" of {total}")}, {Plural.Of(store.ArticleCount, "article")} stored");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>How many stories are read from the store at a time, so a long listing or a selective filter never holds every story.</summary>
    private const int PageSize = 200;

    /// <summary>
    /// The stored stories the filter keeps, oldest first from the <paramref name="first"/>, each with
    /// its articles, date, outlets and participants; read a page at a time.
    /// </summary>
    private static IEnumerable<(ReconciledStory Story, List<Article> Members, string? Date, List<string> Outlets, IReadOnlyList<string> Participants)> Kept(IArticleStore store, ListFilter filter, int first)
    {
        for (var at = first; ; at += PageSize)
        {
            var page = store.StoryPage(at, PageSize);
            var articles = store.Articles(page.SelectMany(story => story.Story.Articles)).ToDictionary(article => article.Id, StringComparer.Ordinal);
            foreach (var reconciled in page)
            {
                var members = reconciled.Story.Articles.Select(id => articles.GetValueOrDefault(id)).OfType<Article>().ToList();
                var date = reconciled.Event?.Date ?? members.Select(article => article.Published).Where(p => p is not null).Order(StringComparer.Ordinal).FirstOrDefault();
                var outlets = members.Select(article => article.Source).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                var participants = reconciled.Event?.Participants ?? [];
                var dated = filter.DatesAll || filter.KeepsDate(date) || members.Any(article => filter.KeepsDate(article.Published));
                if (dated && filter.KeepsOutlets(outlets) && filter.KeepsActors(participants))
                {
                    yield return (reconciled, members, date, outlets, participants);
                }
            }

            if (page.Count < PageSize)
            {
                yield break;
            }
        }
    }
}
