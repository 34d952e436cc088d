using System.CommandLine;

namespace Readout.Cli;

/// <summary><c>readout search QUERY</c>: full-text search over stored articles, each hit in context.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Words or \"a phrase\" to find in stored articles." };
        var db = CommonOptions.Db();
        var limit = new Option<int>("--limit") { Description = "Most hits to show.", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Full-text search over stored articles, with each hit in context.") { query, db, limit };
        command.SetAction(result =>
        {
            var (output, error) = (result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
            using var store = CommonOptions.OpenStore(result.GetValue(db), error);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            var hits = store.Search(result.GetValue(query)!, result.GetValue(limit));
            foreach (var hit in hits)
            {
                output.WriteLine($"{hit.Id}  {hit.Source ?? "?"}  {hit.Published ?? "?"}  {hit.Title}");
                output.WriteLine($"    {hit.Snippet.Replace('\n', ' ')}");
            }

            error.WriteLine($"{hits.Count} hit(s) for {result.GetValue(query)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
