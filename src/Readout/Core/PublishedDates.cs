using System.Globalization;

namespace Readout.Core;

/// <summary>Parses and normalizes publication timestamps from manifests, meta tags and feeds.</summary>
public static class PublishedDates
{
    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-ddTHH:mmK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
    ];

    /// <summary>The day an ISO value starts with ("2025-12-28", "2025-12-28T14:00"); null for vaguer values (2025-12, 2025-W52).</summary>
    public static DateOnly? Day(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        return DateTimeOffset.TryParseExact(trimmed, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)
            || DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    /// <summary>
    /// Normalizes a timestamp to ISO-8601: a bare date stays a date ("2025-12-28"),
    /// anything with a time keeps it with its offset. Null when the text is not a date.
    /// </summary>
    public static string? Normalize(string? text)
    {
        if (!TryParse(text, out var value))
        {
            return null;
        }

        var trimmed = text!.Trim();
        var dateOnly = trimmed.Length == 10 && trimmed[4] == '-' && trimmed[7] == '-';
        return dateOnly
            ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
    }
}
