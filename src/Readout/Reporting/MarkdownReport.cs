using System.Text;
using Readout.Ingest;
using Readout.Pipeline;
using Readout.Quotes;
using Readout.Stories;
using Readout.Text;

namespace Readout.Reporting;

/// <summary>A readable brief of an analysis: stories first, then each article with its quotes.</summary>
public static class MarkdownReport
{
    public static string Build(Analysis analysis, IReadOnlyList<IngestFailure> failures)
    {
        var md = new StringBuilder();
        md.AppendLine("# Readout").AppendLine();
        var stories = analysis.Layer<StoryLayer>()?.Stories ?? [];
        md.AppendLine($"{analysis.Documents.Length} articles, {stories.Length} stories.").AppendLine();
        foreach (var story in stories)
        {
            md.AppendLine($"## Story {story.Id}: {story.Headline ?? story.Event?.Type ?? "untitled"}").AppendLine();
            md.AppendLine($"Articles: {string.Join(", ", story.Articles)}").AppendLine();
        }

        md.AppendLine("## Articles").AppendLine();
        foreach (var document in analysis.Documents)
        {
            var article = document.Article;
            md.AppendLine($"### {Escape(article.Title ?? Lead(document))}").AppendLine();
            md.AppendLine($"- id: `{article.Id}`");
            md.AppendLine($"- source: {article.Source ?? "unknown"}{(article.CitedSource is null ? string.Empty : $", citing {article.CitedSource}")}");
            md.AppendLine($"- published: {article.Published ?? "unknown"}");
            var sentences = document.Layer<SentenceLayer>()?.Sentences.Length;
            md.AppendLine($"- {document.Text.Length:N0} characters{(sentences is null ? string.Empty : $", {sentences} sentences")}");
            foreach (var quote in document.Layer<QuoteLayer>()?.Quotes ?? [])
            {
                md.AppendLine($"- {quote.Speaker ?? "unattributed"}: “{Escape(quote.Text)}”");
            }

            md.AppendLine();
        }

        if (failures.Count > 0)
        {
            md.AppendLine("## Inputs that failed").AppendLine();
            foreach (var failure in failures)
            {
                md.AppendLine($"- `{failure.Input}`: {failure.Reason}");
            }
        }

        return md.ToString();
    }

    /// <summary>The article's first sentence, cut to a headline's length.</summary>
    public static string Lead(Document document)
    {
        var first = document.Layer<SentenceLayer>()?.Sentences.FirstOrDefault() is { Length: > 0 } span ? span.Of(document.Text) : document.Text;
        first = first.Split('\n')[0];
        return first.Length <= 100 ? first : first[..97].TrimEnd() + "...";
    }

    private static string Escape(string text) => text.Replace("\n", " ").Replace("|", "\\|");
}
