using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Readout.Core;
using Readout.Reporting;

namespace Readout.Cli;

/// <summary><c>readout timeline</c>: the stored stories' events in date order, optionally only those of given participants.</summary>
public static class TimelineCommand
{
    public static Command Create()
    {
        var actors = new Option<string[]>("--actor")
        {
            Description = "Only events with this participant (repeat for several; a surname is enough).",
            AllowMultipleArgumentsPerToken = false,
        };
        var db = CommonOptions.Db();
        var format = CommonOptions.Format("table", "json");
        var command = new Command("timeline", "List the stored stories' events in date order.") { actors, db, format };
        command.SetAction(result =>
        {
            var (output, error) = (result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
            using var store = CommonOptions.OpenStore(result.GetValue(db), error);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            var entries = Timeline.Build(store.AllStories(), result.GetValue(actors) ?? []);
            if (result.GetValue(format) == "json")
            {
                output.WriteLine(ContractJson.Serialize(new JsonArray([.. entries.Select(e => JsonSerializer.SerializeToNode(e, ContractJson.Options))])));
                return ExitCodes.Success;
            }

            foreach (var entry in entries)
            {
                output.WriteLine($"{entry.Date ?? "undated",-10}  {entry.Type + (entry.Mode is null ? string.Empty : "/" + entry.Mode),-16}  {string.Join(", ", entry.Participants),-40}  {entry.Story} ({Plural.Of(entry.Articles, "article")}) {entry.Headline}");
            }

            error.WriteLine(Plural.Of(entries.Count, "event"));
            return ExitCodes.Success;
        });
        return command;
    }
}
