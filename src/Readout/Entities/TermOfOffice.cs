using System.Globalization;

namespace Readout.Entities;

/// <summary>A stretch of time in which a person held a role; <paramref name="To"/> is null while the term goes on.</summary>
/// <param name="From">The first day in office.</param>
/// <param name="To">The day the successor took over (or the office fell vacant); not part of the term.</param>
public sealed record TermOfOffice(string Role, DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly date) => From <= date && (To is null || date < To);

    /// <summary>Reads "role FROM..TO" as people.tsv writes it ("chancellor 2005-11-22..2021-12-08", "pope 2025-05-08..").</summary>
    public static TermOfOffice Parse(string cell)
    {
        var space = cell.LastIndexOf(' ');
        var dates = cell[(space + 1)..].Split("..");
        if (space <= 0 || dates.Length != 2)
        {
            throw new FormatException($"A term of office reads 'role FROM..TO', not '{cell}'.");
        }

        return new TermOfOffice(cell[..space].Trim(), SurelyFrom(dates[0]), dates[1].Length == 0 ? null : SurelyUntil(dates[1]));
    }

    /// <summary>The first day surely in office: a start known only to the month or year counts from the next one.</summary>
    private static DateOnly SurelyFrom(string iso) => iso.Length switch
    {
        4 => Date(iso + "-01-01").AddYears(1),
        7 => Date(iso + "-01").AddMonths(1),
        _ => Date(iso),
    };

    /// <summary>The first day no longer surely in office: an end known only to the month or year ends at its start.</summary>
    private static DateOnly SurelyUntil(string iso) => iso.Length switch
    {
        4 => Date(iso + "-01-01"),
        7 => Date(iso + "-01"),
        _ => Date(iso),
    };

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
