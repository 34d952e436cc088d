using System.CommandLine;
using Readout.Core;

namespace Readout.Cli;

/// <summary><c>readout stories</c>: the stored stories, one line each, optionally only those in a date range, from an outlet or with an actor.</summary>
public static class StoriesCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var format = CommonOptions.Format(Listing.Formats);
        var filters = new ListFilter.Options();
        var command = new Command("stories", "List the stored stories.") { db, format };
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
            var stories = store.AllStories();
            var articles = store.Articles(stories.SelectMany(story => story.Story.Articles)).ToDictionary(article => article.Id, StringComparer.Ordinal);
            var listing = new Listing("id", "articles", "date", "outlets", "participants", "headline");
            var lines = new List<string>();
            foreach (var reconciled in stories)
            {
                var members = reconciled.Story.Articles.Select(id => articles.GetValueOrDefault(id)).OfType<Article>().ToList();
                var date = reconciled.Event?.Date ?? members.Select(article => article.Published).Where(p => p is not null).Order(StringComparer.Ordinal).FirstOrDefault();
                var outlets = members.Select(article => article.Source).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                var participants = reconciled.Event?.Participants ?? [];
                var dated = filter.DatesAll || filter.KeepsDate(date) || members.Any(article => filter.KeepsDate(article.Published));
                if (!dated || !filter.KeepsOutlets(outlets) || !filter.KeepsActors(participants))
                {
                    continue;
                }

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

            error.WriteLine($"{Plural.Of(listing.Count, "story")}{(filter.IsEmpty ? string.Empty : $" of {stories.Count}")}, {Plural.Of(store.ArticleCount, "article")} stored");
            return ExitCodes.Success;
        });
        return command;
    }
}
