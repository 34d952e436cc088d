using Readout.Core;
using Readout.Reporting;
using Spectre.Console;

namespace Readout.Cli;

/// <summary>The analysis as a terminal table: one row per article.</summary>
public static class TableReport
{
    public static string Render(Analysis analysis)
    {
        var table = new Table().AddColumns("id", "source", "published", "lead");
        foreach (var document in analysis.Documents)
        {
            var article = document.Article;
            table.AddRow(
                Markup.Escape(article.Id),
                Markup.Escape(article.Source ?? "?") + (article.CitedSource is null ? string.Empty : Markup.Escape($" (citing {article.CitedSource})")),
                Markup.Escape(article.Published ?? "?"),
                Markup.Escape(article.Title ?? MarkdownReport.Lead(document.Text)));
        }

        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 160;
        console.Write(table);
        return writer.ToString();
    }
}
