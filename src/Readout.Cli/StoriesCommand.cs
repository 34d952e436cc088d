using System.CommandLine;

namespace Readout.Cli;

/// <summary><c>readout stories</c>: the stored stories, one line each.</summary>
public static class StoriesCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var command = new Command("stories", "List the stored stories.") { db };
        command.SetAction(result =>
        {
            var (output, error) = (result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
            using var store = CommonOptions.OpenStore(result.GetValue(db), error);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            var stories = store.Stories();
            foreach (var (id, headline, articles) in stories)
            {
                output.WriteLine($"{id}  {articles} article(s)  {headline}");
            }

            error.WriteLine($"{stories.Count} stories, {store.ArticleCount} articles stored");
            return ExitCodes.Success;
        });
        return command;
    }
}
