using System.CommandLine;
using System.Text.Json.Nodes;
using Readout.Core;
using Readout.Reconcile;
using Readout.Reporting;
using Readout.Storage;

namespace Readout.Cli;

/// <summary><c>readout show ID</c>: a stored story's brief, or a stored article with the story it belongs to.</summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "A story id or an article id." };
        var db = CommonOptions.Db();
        var format = CommonOptions.Format(["markdown", .. Listing.Formats]);
        var command = new Command("show", "Show a stored story (its brief; as a table or CSV, its articles) or a stored article.") { id, db, format };
        command.SetAction(result =>
        {
            var (output, error) = (result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
            using var store = CommonOptions.OpenStore(result.GetValue(db), error);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            var wanted = result.GetValue(id)!;
            var chosen = result.GetValue(format)!;
            if (store.Story(wanted) is { } story)
            {
                var documents = store.Documents(story.Story.Articles);
                if (chosen is "table" or "csv")
                {
                    var listing = new Listing("id", "source", "published", "title");
                    foreach (var document in documents)
                    {
                        listing.Add(document.Article.Id, document.Article.Source, document.Article.Published, document.Article.Title ?? MarkdownReport.Lead(document.Text));
                    }

                    listing.Write(output, chosen);
                    return ExitCodes.Success;
                }

                output.WriteLine(StoryText(documents, story, chosen == "json"));
                return ExitCodes.Success;
            }

            if (store.Document(wanted) is { } found)
            {
                var storyId = store.StoryOf(wanted);
                var headline = storyId is null ? null : store.Story(storyId)?.Story.Headline;
                output.WriteLine(chosen switch
                {
                    "json" => ContractJson.Serialize(ContractJson.BuildArticle(found, storyId)),
                    "table" or "csv" => ArticleListing(found, storyId, headline, chosen),
                    _ => ArticleText(found, storyId, headline),
                });
                return ExitCodes.Success;
            }

            error.WriteLine($"error: {wanted}: no story or article with this id in {ArticleStores.Masked(ArticleStore.ResolvePath(result.GetValue(db)))}");
            return ExitCodes.NoInputUsable;
        });
        return command;
    }

    /// <summary>The story as the contract has it, with its stored articles and their quotations for the brief.</summary>
    private static string StoryText(IReadOnlyList<Document> documents, ReconciledStory story, bool json)
    {
        var contract = ContractJson.Build(new Analysis([.. documents]).With(new ReconciledStoryLayer([story])), []);
        var node = contract["stories"]![0]!;
        return json ? ContractJson.Serialize(node) : MarkdownReport.StoryBrief(node, contract);
    }

    private static string ArticleListing(Document document, string? storyId, string? headline, string format)
    {
        var listing = new Listing("id", "source", "published", "title", "url", "story", "story_headline");
        var article = document.Article;
        listing.Add(article.Id, article.Source, article.Published, article.Title ?? MarkdownReport.Lead(document.Text), article.Url, storyId, headline);
        using var text = new StringWriter();
        listing.Write(text, format);
        return text.ToString().TrimEnd('\n');
    }

    private static string ArticleText(Document document, string? storyId, string? headline)
    {
        var article = document.Article;
        var story = storyId is null ? "none" : $"{storyId}{(headline is null ? string.Empty : $" ({headline})")}";
        var body = string.Join('\n', document.Text.Split('\n').Select(MarkdownReport.Escape));
        return $"# {MarkdownReport.Escape(article.Title ?? article.Id)}\n\n- source: {MarkdownReport.Escape(article.Source ?? "unknown")}"
            + (article.CitedSource is null ? string.Empty : $", citing {MarkdownReport.Escape(article.CitedSource)}")
            + $"\n- published: {MarkdownReport.Escape(article.Published ?? "unknown")}\n- url: {MarkdownReport.Escape(article.Url ?? "none")}\n- story: {MarkdownReport.Escape(story)}\n\n{body}";
    }
}
