namespace Readout.Web;

/// <summary>Cuts a text at every span boundary, so overlapping annotations render as flat runs that each carry every label covering them.</summary>
public static class TextSegments
{
    public static IReadOnlyList<(int Start, int End, IReadOnlyList<T> Labels)> Split<T>(int length, IEnumerable<(int Start, int End, T Label)> spans)
    {
        var kept = spans
            .Select(s => (Start: Math.Clamp(s.Start, 0, length), End: Math.Clamp(s.End, 0, length), s.Label))
            .Where(s => s.Start < s.End)
            .OrderBy(s => s.Start)
            .ToList();
        var cuts = kept.SelectMany(s => new[] { s.Start, s.End }).Append(0).Append(length).Distinct().Order().ToList();
        var segments = new List<(int, int, IReadOnlyList<T>)>();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var (from, to) = (cuts[i], cuts[i + 1]);
            segments.Add((from, to, [.. kept.TakeWhile(s => s.Start <= from).Where(s => s.End >= to).Select(s => s.Label)]));
        }

        return segments;
    }

    /// <summary>The text with each run that carries labels wrapped by <paramref name="wrap"/>; the rest encoded as it is.</summary>
    public static Markup Render<T>(string text, IEnumerable<(int Start, int End, T Label)> spans, Func<string, IReadOnlyList<T>, Markup> wrap) =>
        Markup.Join(Split(text.Length, spans).Select(s => s.Labels.Count == 0 ? Markup.Text(text[s.Start..s.End]) : wrap(text[s.Start..s.End], s.Labels)));
}
