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
        var format = CommonOptions.Format(Listing.Formats);
        var filters = new ListFilter.Options();
        var command = new Command("search", "Full-text search over stored articles, with each hit in context.") { query, db, limit, format };
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
            var text = result.GetValue(query)!;
            var withActors = string.Join(' ', [text, .. filter.Actors.Select(actor => $"\"{actor.Replace("\"", string.Empty, StringComparison.Ordinal)}\"")]);
            var wanted = Math.Max(0, result.GetValue(limit));
            IReadOnlyList<SearchHit> hits;
            int total;
            try
            {
                if (filter.DatesAll && filter.Outlets.Count == 0)
                {
                    hits = store.Search(withActors, wanted);
                    total = store.SearchCount(withActors);
                }
                else
                {
                    var kept = store.Search(withActors, int.MaxValue).Where(hit => filter.KeepsDate(hit.Published) && filter.KeepsOutlets([hit.Source])).ToList();
                    hits = kept.Take(wanted).ToList();
                    total = kept.Count;
                }
            }
            catch (SearchQueryException bad)
            {
                throw new UsageException($"search: {bad.Message}");
            }

            if (result.GetValue(format) is "table")
            {
                foreach (var hit in hits)
                {
                    output.WriteLine($"{hit.Id}  {hit.Source ?? "?"}  {hit.Published ?? "?"}  {hit.Title}");
                    output.WriteLine($"    {hit.Snippet.Replace('\n', ' ')}");
                }
            }
            else
            {
                var listing = new Listing("id", "source", "published", "title", "snippet");
                foreach (var hit in hits)
                {
                    listing.Add(hit.Id, hit.Source, hit.Published, hit.Title, hit.Snippet.Replace('\n', ' '));
                }

                listing.Write(output, result.GetValue(format)!);
            }

            error.WriteLine(hits.Count < total
                ? $"{Plural.Of(total, "article")} match {text}; the best {hits.Count} shown (--limit)"
                : $"{Plural.Of(total, "article")} match{(total == 1 ? "es" : string.Empty)} {text}");
            return ExitCodes.Success;
        });
        return command;
    }
}
