using System.Collections.Concurrent;

namespace Readout.Core;

/// <summary>
/// Reads the lexicons and gazetteers shipped inside the assembly. Every data file is
/// UTF-8 text named by its path under src/Readout ("Entities/people.tsv"), beside the stage
/// that reads it; blank lines and lines starting with '#' are comments.
/// </summary>
public static class DataFile
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> Cache = new();

    public static IReadOnlyList<string> Lines(string fileName) => Cache.GetOrAdd(fileName, Load);

    /// <summary>Tab-separated rows; missing trailing columns read as empty strings.</summary>
    public static IEnumerable<string[]> Rows(string fileName, int columns) =>
        Lines(fileName).Select(line =>
        {
            var cells = line.Split('\t');
            return cells.Length >= columns ? cells : [.. cells, .. Enumerable.Repeat(string.Empty, columns - cells.Length)];
        });

    private static IReadOnlyList<string> Load(string fileName)
    {
        var name = "Readout/" + fileName;
        using var stream = typeof(DataFile).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Data file '{fileName}' is not embedded in the Readout assembly.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#') && !string.IsNullOrWhiteSpace(line))
            {
                lines.Add(line.TrimEnd('\r'));
            }
        }

        return lines;
    }
}
