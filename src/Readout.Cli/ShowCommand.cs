using System.CommandLine;
using Readout.Core;
using Readout.Reconcile;
using Readout.Reporting;
using Readout.Storage;

namespace Readout.Cli;

/// <summary><c>readout show ID</c>: a stored story's brief, or a stored article, as Markdown or JSON.</summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "A story id or an article id." };
        var db = CommonOptions.Db();
        var format = CommonOptions.Format("markdown", "json");
        var command = new Command("show", "Show a stored story or article.") { id, db, format };
        command.SetAction(result =>
        {
            var (output, error) = (result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
            using var store = CommonOptions.OpenStore(result.GetValue(db), error);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            var wanted = result.GetValue(id)!;
            var json = result.GetValue(format) == "json";
            if (store.Story(wanted) is { } story)
            {
                output.WriteLine(StoryText(store, story, json));
                return ExitCodes.Success;
            }

            if (store.Document(wanted) is { } document)
            {
                output.WriteLine(json ? ContractJson.Serialize(ContractJson.Build(new Analysis([document]), [])) : ArticleText(document));
                return ExitCodes.Success;
            }

            error.WriteLine($"error: {wanted}: no story or article with this id in {ArticleStore.ResolvePath(result.GetValue(db))}");
            return ExitCodes.NoInputUsable;
        });
        return command;
    }

    /// <summary>The story as the contract has it, with its stored articles and their quotations for the brief.</summary>
    private static string StoryText(IArticleStore store, ReconciledStory story, bool json)
    {
        var documents = story.Story.Articles.Select(store.Document).OfType<Document>();
        var contract = ContractJson.Build(new Analysis([.. documents]).With(new ReconciledStoryLayer([story])), []);
        var node = contract["stories"]![0]!;
        return json ? ContractJson.Serialize(node) : MarkdownReport.StoryBrief(node, contract);
    }

    private static string ArticleText(Document document)
    {
        var article = document.Article;
        return $"# {article.Title ?? article.Id}\n\n- source: {article.Source ?? "unknown"}{(article.CitedSource is null ? string.Empty : $", citing {article.CitedSource}")}\n- published: {article.Published ?? "unknown"}\n- url: {article.Url ?? "none"}\n\n{document.Text}";
    }
}
