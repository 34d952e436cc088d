namespace Readout.Core;

/// <summary>An article as read from its input, before any analysis.</summary>
/// <param name="Id">Identifier echoed in every output (manifest id, or the file stem).</param>
/// <param name="RawText">The text as read: for HTML the extracted main text, chrome and all.</param>
/// <param name="Origin">Where it came from (file path, URL, "stdin", "manifest:line").</param>
/// <param name="Published">ISO-8601 date or date-time, validated.</param>
/// <param name="CitedSource">The outlet this article says it relays ("citing TASS").</param>
public sealed record Article(
    string Id,
    string RawText,
    string Origin,
    string? Source = null,
    string? Url = null,
    string? Published = null,
    string? Language = null,
    string? Title = null,
    string? CitedSource = null)
{
    public DateOnly? PublishedDate => PublishedDates.TryParse(Published, out var value) ? DateOnly.FromDateTime(value.DateTime) : null;

    /// <summary>The primary subtag of <see cref="Language"/> in lower case ("en-US" gives "en"), or null when none is given.</summary>
    public string? LanguageCode => string.IsNullOrWhiteSpace(Language)
        ? null
        : Language.Trim().Split('-', '_')[0].ToLowerInvariant();
}
