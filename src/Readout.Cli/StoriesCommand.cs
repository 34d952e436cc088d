using System.CommandLine;
using Readout.Core;

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
                output.WriteLine($"{id}  {Plural.Of(articles, "article")}  {headline}");
            }

            error.WriteLine($"{Plural.Of(stories.Count, "story")}, {Plural.Of(store.ArticleCount, "article")} stored");
            return ExitCodes.Success;
        });
        return command;
    }
}
