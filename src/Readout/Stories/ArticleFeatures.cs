namespace Readout.Stories;

/// <summary>
/// What the story clusterer knows of one article. Every set is keyed by normalized text, in ordinal order:
/// stems for terms, lowercase name parts for names, plain digits for numbers, and
/// ISO prefixes ("2013", "2013-06", "2013-06-13") for the periods the article mentions.
/// </summary>
/// <param name="Terms">Stemmed content words that are not part of a name, with their counts.</param>
/// <param name="Names">Parts of the names of people, organizations and places, with their mention counts.</param>
/// <param name="Numbers">Numbers that are neither years nor days of a date (ages, magnitudes, tolls).</param>
/// <param name="Periods">The days, months and years the article's own time expressions point at.</param>
/// <param name="Date">The date of the article's main event: the event layer's, else the publication date.
/// Dates the text mentions stay in <paramref name="Periods"/>: the first of them is as often a page stamp
/// or an earlier event as the event itself.</param>
/// <param name="Label">A short human label: the title, or the lead.</param>
/// <param name="Language">The article's language code ("en", "de"); an article that gives none is read
/// as English, as every stage reads it. Words of different languages cannot be compared, names and dates can.</param>
public sealed record ArticleFeatures(
    string Id,
    WordCounts Terms,
    WordCounts Names,
    SortedWords Numbers,
    SortedWords Periods,
    DateOnly? Date,
    EventSignature? Event,
    string? Label,
    string? Language = null)
{
    public static ArticleFeatures Empty(string id) => new(
        id,
        WordCounts.Empty,
        WordCounts.Empty,
        SortedWords.Empty,
        SortedWords.Empty,
        null,
        null,
        null);
}
