using System.Globalization;

namespace Readout.Web;

/// <summary>A small bar chart of stories per day (per month over long spans), drawn as SVG on the server.</summary>
public static class EventsPlot
{
    private const int Width = 1000;
    private const int Height = 100;
    private const int MaxBars = 120;
    private const int DaysBeforeMonths = 120;

    /// <summary>Every day (or month) from the first to the last, so the bars keep the calendar's spacing.</summary>
    private static IEnumerable<string> Calendar(DateOnly first, DateOnly last, bool byMonth)
    {
        for (var day = byMonth ? new DateOnly(first.Year, first.Month, 1) : first; day <= last; day = byMonth ? day.AddMonths(1) : day.AddDays(1))
        {
            yield return day.ToString(byMonth ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    }

    public static Markup Render(IEnumerable<string?> dates)
    {
        var days = dates.OfType<string>().Where(d => d.Length >= 10).Select(d => d[..10]).ToList();
        if (days.Count == 0)
        {
            return Markup.Of($"<p class=\"muted\">No dated events.</p>");
        }

        var parsed = DateOnly.TryParseExact(days.Min(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            & DateOnly.TryParseExact(days.Max(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last);
        var byMonth = !parsed || last.DayNumber - first.DayNumber > DaysBeforeMonths;
        var counts = days.GroupBy(d => byMonth ? d[..7] : d).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var bins = (parsed ? Calendar(first, last, byMonth) : counts.Keys.Order(StringComparer.Ordinal))
            .TakeLast(MaxBars)
            .Select(key => (Key: key, Count: counts.GetValueOrDefault(key)))
            .ToList();
        var most = bins.Max(b => b.Count);
        var barWidth = (double)Width / bins.Count;
        var bars = bins.Select((bin, index) =>
        {
            var height = bin.Count == 0 ? 0 : Math.Max(2.0, (Height - 14) * bin.Count / (double)most);
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
