using System.CommandLine;
using Readout.Core;
using Readout.Storage;

namespace Readout.Cli;

/// <summary><c>readout search QUERY</c>: full-text search over stored articles, each hit in context.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query")
        {
            Description = "Words to find (all of them, any form: 'talk' finds 'talks'), \"a phrase\", a prefix such as Zelensk*, and OR between two of these.",
        };
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

            var text = result.GetValue(query)!;
            IReadOnlyList<SearchHit> hits;
            int total;
            try
            {
                hits = store.Search(text, result.GetValue(limit));
                total = store.SearchCount(text);
            }
            catch (SearchQueryException bad)
            {
                throw new UsageException($"search: {bad.Message}");
            }

            foreach (var hit in hits)
            {
                output.WriteLine($"{hit.Id}  {hit.Source ?? "?"}  {hit.Published ?? "?"}  {hit.Title}");
                output.WriteLine($"    {hit.Snippet.Replace('\n', ' ')}");
            }

            error.WriteLine(hits.Count < total
                ? $"{Plural.Of(total, "article")} match {text}; the best {hits.Count} shown (--limit)"
                : $"{Plural.Of(total, "article")} match{(total == 1 ? "es" : string.Empty)} {text}");
            return ExitCodes.Success;
        });
        return command;
    }
}
