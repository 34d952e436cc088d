using System.CommandLine;
using Readout.Storage;

namespace Readout.Cli;

/// <summary>
/// <c>readout migrate --from FILE.db --to "Host=…"</c>: copies a store into another, every article
/// with its analysis, features and keys as stored, then every story and story event. An article
/// the target holds already (same id, content or URL) is left as it is, a story is replaced by
/// its copy and an event recorded already is not recorded again, so running it twice changes nothing.
/// </summary>
public static class MigrateCommand
{
    /// <summary>How many articles are copied per transaction.</summary>
    private const int ArticlesPerBatch = 200;

    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The store to copy: a SQLite file or a PostgreSQL connection string.", Required = true };
        var to = new Option<string>("--to") { Description = "The store to copy into: a PostgreSQL connection string \"Host=…;Database=…\" or a SQLite file.", Required = true };
        var quiet = CommonOptions.Quiet();
        var command = new Command("migrate", "Copy a store into another (SQLite to PostgreSQL), losing nothing.") { from, to, quiet };
        command.SetAction(result =>
        {
            var (output, error) = (result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
            var diagnostics = new Diagnostics(result.GetValue(quiet), error);
            using var source = CommonOptions.OpenStore(result.GetValue(from), error);
            if (source is null)
            {
                return ExitCodes.Usage;
            }

            using var target = ArticleStores.Open(result.GetValue(to)!);
            var ids = source.ArticleIds();
            var (copied, done) = (0, 0);
            foreach (var batch in ids.Chunk(ArticlesPerBatch))
            {
                copied += target.Write(() => source.ExportArticles(batch).Count(target.ImportArticle));
                done += batch.Length;
                diagnostics.Note($"{done}/{ids.Count} articles");
            }

            var stories = source.ExportStories();
            target.ImportStories(stories);
            var events = source.ExportStoryEvents();
            target.ImportStoryEvents(events);
            output.WriteLine($"{copied} articles copied, {ids.Count - copied} already there; {stories.Count} stories and {events.Count} story events written");
            return ExitCodes.Success;
        });
        return command;
    }
}
