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
    private static readonly IReadOnlySet<Type> NoLayers = new HashSet<Type>();

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
                if (chosen is "table" or "csv")
                {
                    var listing = new Listing("id", "source", "published", "title");
                    foreach (var document in store.Documents(story.Story.Articles, NoLayers))
                    {
                        listing.Add(document.Article.Id, document.Article.Source, document.Article.Published, document.Article.Title ?? MarkdownReport.Lead(document.Text));
                    }

                    listing.Write(output, chosen);
                    return ExitCodes.Success;
                }

                // The story's JSON is the stored story alone; the brief reads its articles' quotations.
                output.WriteLine(chosen == "json"
                    ? ContractJson.Serialize(ContractJson.StoryNode(story))
                    : MarkdownReport.StoryBrief(story, store.Documents(story.Story.Articles, MarkdownReport.BriefLayers)));
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
