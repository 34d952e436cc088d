using System.Text.RegularExpressions;
using Readout.Web;

namespace Readout.Tests.Web;

public sealed class EventsPlotTests
{
    [Fact]
    public void Bars_follow_the_calendar_with_empty_months_drawn_empty()
    {
        var html = EventsPlot.Render(["2026-01-15", "2026-01-20T10:00:00Z", "2026-06-01", null]).Html;

        Assert.Equal(6, Regex.Count(html, "<rect "));
        Assert.Contains("<title>2026-01: 2 stories</title>", html);
        Assert.Contains("height=\"0.0\"><title>2026-03: 0 stories</title>", html);
        Assert.Contains("Events per month (3 dated stories)", html);
    }

    [Fact]
    public void A_short_span_is_drawn_per_day()
    {
        var html = EventsPlot.Render(["2026-01-01", "2026-01-03", "2026-01-03"]).Html;

        Assert.Equal(3, Regex.Count(html, "<rect "));
        Assert.Contains("<title>2026-01-03: 2 stories</title>", html);
        Assert.Contains("Events per day", html);
    }
}
