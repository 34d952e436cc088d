using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Readout.Core;
using Readout.Reporting;

namespace Readout.Cli;

/// <summary><c>readout timeline</c>: the stored stories' events in date order, optionally only those in a date range, from an outlet or with given participants.</summary>
public static class TimelineCommand
{
    public static Command Create()
    {
        var filters = new ListFilter.Options();
        var db = CommonOptions.Db();
        var format = CommonOptions.Format(Listing.Formats);
        var command = new Command("timeline", "List the stored stories' events in date order.") { db, format };
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
            var outletsOf = filter.Outlets.Count == 0
                ? null
                : store.Articles(stories.SelectMany(story => story.Story.Articles)).ToDictionary(article => article.Id, article => article.Source, StringComparer.Ordinal);
            var entries = Timeline.Build(stories, filter.Actors)
                .Where(entry => filter.KeepsDate(entry.Date))
                .Where(entry => outletsOf is null || filter.KeepsOutlets(stories.First(story => story.Story.Id == entry.Story).Story.Articles.Select(id => outletsOf.GetValueOrDefault(id))))
                .ToList();
            switch (result.GetValue(format))
            {
                case "json":
                    output.WriteLine(ContractJson.Serialize(new JsonArray([.. entries.Select(e => JsonSerializer.SerializeToNode(e, ContractJson.Options))])));
                    break;
                case "csv":
                    var listing = new Listing("date", "type", "mode", "participants", "story", "articles", "headline");
                    entries.ForEach(entry => listing.Add(entry.Date, entry.Type, entry.Mode, entry.Participants, entry.Story, entry.Articles, entry.Headline));
                    listing.Write(output, "csv");
                    break;
                default:
                    foreach (var entry in entries)
                    {
                        output.WriteLine($"{entry.Date ?? "undated",-10}  {entry.Type + (entry.Mode is null ? string.Empty : "/" + entry.Mode),-16}  {string.Join(", ", entry.Participants),-40}  {entry.Story} ({Plural.Of(entry.Articles, "article")}) {entry.Headline}");
                    }

                    break;
            }

            error.WriteLine(Plural.Of(entries.Count, "event"));
            return ExitCodes.Success;
        });
        return command;
    }
}
