using System.Text;
using Readout.Core;

namespace Readout.Reporting;

/// <summary>The analysis as a plain-text table for a terminal: one row per article (id, source, published, lead).</summary>
public static class TableReport
{
    private static readonly string[] Header = ["id", "source", "published", "lead"];

    public static string Render(Analysis analysis)
    {
        var rows = analysis.Documents.Select(document => new[]
        {
            document.Article.Id,
            (document.Article.Source ?? "?") + (document.Article.CitedSource is { } cited ? $" (citing {cited})" : string.Empty),
            document.Article.Published ?? "?",
            document.Article.Title ?? MarkdownReport.Lead(document.Text),
        }).Select(cells => cells.Select(ControlSequenceFilter.OneLine).ToArray()).ToList();
        var widths = Header.Select((title, column) => rows.Select(row => row[column].Length).Append(title.Length).Max()).ToArray();
        var table = new StringBuilder();
        AppendRow(table, Header, widths);
        AppendRow(table, [.. widths.Select(width => new string('-', width))], widths);
        foreach (var row in rows)
        {
            AppendRow(table, row, widths);
        }

        return table.ToString();
    }

    private static void AppendRow(StringBuilder table, IReadOnlyList<string> cells, int[] widths) =>
        table.AppendLine(string.Join("  ", cells.Select((cell, column) => column == cells.Count - 1 ? cell : cell.PadRight(widths[column]))));
}
