using System.Text;
using System.Text.Json.Nodes;
using Readout.Reporting;

namespace Readout.Cli;

/// <summary>
/// Rows with named columns, written as an aligned table for people, CSV for spreadsheets or JSON
/// (an array of objects) for programs: the one way <c>stories</c>, <c>search</c>, <c>show</c> and
/// <c>timeline</c> print lists. A column's value may be a string, a number or a list of strings.
/// </summary>
public sealed class Listing(params string[] columns)
{
    private readonly List<object?[]> rows = [];

    public static readonly string[] Formats = ["table", "csv", "json"];

    public int Count => rows.Count;

    public void Add(params object?[] values) => rows.Add(values);

    public void Write(TextWriter output, string format)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(ContractJson.Serialize(new JsonArray([.. rows.Select(Json)])));
                break;
            case "csv":
                output.WriteLine(string.Join(',', columns.Select(Csv)));
                foreach (var row in rows)
                {
                    output.WriteLine(string.Join(',', row.Select(value => Csv(Text(value)))));
                }

                break;
            default:
                WriteTable(output);
                break;
        }
    }

    private JsonObject Json(object?[] row)
    {
        var node = new JsonObject();
        for (var column = 0; column < columns.Length; column++)
        {
            node[columns[column]] = row[column] switch
            {
                null => null,
                int number => JsonValue.Create(number),
                IEnumerable<string> list when row[column] is not string => new JsonArray([.. list.Select(item => JsonValue.Create(item))]),
                var value => JsonValue.Create(value.ToString()),
            };
        }

        return node;
    }

    private void WriteTable(TextWriter output)
    {
        var cells = rows.Select(row => row.Select(value => ControlSequenceFilter.OneLine(Text(value))).ToArray()).ToList();
        var widths = columns.Select((title, column) => cells.Select(row => row[column].Length).Append(title.Length).Max()).ToArray();
        void Line(IReadOnlyList<string> values) =>
            output.WriteLine(string.Join("  ", values.Select((value, column) => column == values.Count - 1 ? value : value.PadRight(widths[column]))).TrimEnd());
        Line(columns);
        foreach (var row in cells)
        {
            Line(row);
        }
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        IEnumerable<string> list => string.Join("; ", list),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>A CSV field; one that a spreadsheet would run as a formula (=, +, -, @) is kept as text with a leading apostrophe.</summary>
    private static string Csv(string value)
    {
        var text = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
