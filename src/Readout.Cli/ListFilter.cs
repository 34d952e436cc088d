using System.CommandLine;
using Readout.Core;
using Readout.Reporting;

namespace Readout.Cli;

/// <summary>
/// What <c>--since</c>, <c>--until</c>, <c>--outlet</c> and <c>--actor</c> keep: a date within the
/// range (inclusive), an outlet whose name contains one of the given ones (any case), and every given
/// actor among the participants (a surname is enough).
/// </summary>
public sealed record ListFilter(DateOnly? Since, DateOnly? Until, IReadOnlyList<string> Outlets, IReadOnlyList<string> Actors)
{
    public bool DatesAll => Since is null && Until is null;

    public bool IsEmpty => DatesAll && Outlets.Count == 0 && Actors.Count == 0;

    /// <summary>Whether an ISO date (or date-time) is in range; an unknown date is only kept without a range.</summary>
    public bool KeepsDate(string? iso)
    {
        if (DatesAll)
        {
            return true;
        }

        if (!PublishedDates.TryParse(iso, out var value))
        {
            return false;
        }

        var date = DateOnly.FromDateTime(value.DateTime);
        return (Since is null || date >= Since) && (Until is null || date <= Until);
    }

    public bool KeepsOutlets(IEnumerable<string?> outlets) =>
        Outlets.Count == 0 || outlets.Any(outlet => outlet is not null && Outlets.Any(wanted => outlet.Contains(wanted, StringComparison.OrdinalIgnoreCase)));

    public bool KeepsActors(IEnumerable<string> participants) =>
        Actors.All(actor => participants.Any(name => Timeline.NameMatches(name, actor)));

    /// <summary>The four options, for a command to add.</summary>
    public sealed class Options
    {
        public Option<string?> Since { get; } = DateOption("--since", "Only what happened or was published on or after this date (YYYY-MM-DD).");

        public Option<string?> Until { get; } = DateOption("--until", "Only what happened or was published on or before this date (YYYY-MM-DD).");

        public Option<string[]> Outlet { get; } = new("--outlet") { Description = "Only what this outlet reported (part of its name is enough; repeat for several)." };

        public Option<string[]> Actor { get; } = new("--actor") { Description = "Only events with this participant (a surname is enough; repeat for several)." };

        public IEnumerable<Option> All => [Since, Until, Outlet, Actor];

        public ListFilter Read(ParseResult result) => new(
            Date(result.GetValue(Since)),
            Date(result.GetValue(Until)),
            result.GetValue(Outlet) ?? [],
            result.GetValue(Actor) ?? []);

        private static DateOnly? Date(string? text) =>
            PublishedDates.TryParse(text, out var value) ? DateOnly.FromDateTime(value.DateTime) : null;

        private static Option<string?> DateOption(string name, string description)
        {
            var option = new Option<string?>(name) { Description = description };
            option.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<string?>() is { } text && !PublishedDates.TryParse(text, out _))
                {
                    result.AddError($"{name} must be a date such as 2025-03-04, not '{text}'");
                }
            });
            return option;
        }
    }
}
