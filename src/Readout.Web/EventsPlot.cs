using System.Globalization;

namespace Readout.Web;

/// <summary>A small bar chart of stories per day (per month over long spans), drawn as SVG on the server.</summary>
public static class EventsPlot
{
    private const int Width = 640;
    private const int Height = 90;
    private const int MaxBars = 120;
    private const int DaysBeforeMonths = 120;

    public static Markup Render(IEnumerable<string?> dates)
    {
        var days = dates.OfType<string>().Where(d => d.Length >= 10).Select(d => d[..10]).ToList();
        if (days.Count == 0)
        {
            return Markup.Of($"<p class=\"muted\">No dated events.</p>");
        }

        var span = DateOnly.TryParseExact(days.Min(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            && DateOnly.TryParseExact(days.Max(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last)
            ? last.DayNumber - first.DayNumber
            : int.MaxValue;
        var byMonth = span > DaysBeforeMonths;
        var bins = days.GroupBy(d => byMonth ? d[..7] : d).OrderBy(g => g.Key, StringComparer.Ordinal).TakeLast(MaxBars).Select(g => (g.Key, Count: g.Count())).ToList();
        var most = bins.Max(b => b.Count);
        var barWidth = (double)Width / bins.Count;
        var bars = bins.Select((bin, index) =>
        {
            var height = Math.Max(2.0, (Height - 14) * bin.Count / (double)most);
            return Markup.Of($"<rect x=\"{index * barWidth + 1:F1}\" y=\"{Height - 14 - height:F1}\" width=\"{Math.Max(1.0, barWidth - 2):F1}\" height=\"{height:F1}\"><title>{bin.Key}: {bin.Count} stor{(bin.Count == 1 ? "y" : "ies")}</title></rect>");
        });
        var unit = byMonth ? "month" : "day";
        return Markup.Of($"""
            <figure class="plot">
            <svg viewBox="0 0 {Width} {Height}" role="img" aria-label="events per {unit}">{bars}<text x="0" y="{Height - 2}">{bins[0].Key}</text><text x="{Width}" y="{Height - 2}" text-anchor="end">{bins[^1].Key}</text></svg>
            <figcaption>Events per {unit} ({days.Count} dated stories)</figcaption>
            </figure>
            """);
    }
}
