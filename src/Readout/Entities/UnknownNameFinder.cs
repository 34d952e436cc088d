using System.Collections.Immutable;

namespace Readout.Entities;

/// <summary>
/// Finds the organizations and people the knowledge base does not list: an organization by its
/// head word ("Ministry of Energy", "American Civil Liberties Union"); a person where a name
/// stands in a name's place (after Mr or Sheikh, before or after "said", after "according to").
/// </summary>
internal sealed class UnknownNameFinder(EntityReading reading, NameShapes shapes)
{
    private ImmutableArray<NameUnit> Units => reading.Units;

    public void Find()
    {
        for (var i = 0; i < Units.Length; i++)
        {
            var organizationEnd = OrganizationAt(i);
            if (organizationEnd > i + 1)
            {
                var organizationStart = NationalPrefixStart(i);
                reading.Place(reading.Table.ForUnknown(reading.Surface(organizationStart, organizationEnd), EntityType.Organization), organizationStart, organizationEnd, MentionKind.Name);
                i = organizationEnd - 1;
                continue;
            }

            var end = shapes.NameAt(i);
            if (end == i)
            {
                continue;
            }

            var afterHonorific = HonorificBefore(i, out var gender);
            if (afterHonorific || SpeechCues.IsSpeakerPosition(Units, i, end) && (end - i >= 2 || shapes.UsedAsName(Units[i])))
            {
                if (end - i == 1 && reading.Table.SurnameOwner(Units[i].Key) is { } owner)
                {
                    owner.Gender ??= gender;
                    reading.Place(owner, i, end, MentionKind.Surname);
                }
                else
                {
                    reading.UnknownPerson(i, end).Gender ??= gender;
                }

                i = end - 1;
            }
        }
    }

    private bool HonorificBefore(int index, out string? gender)
    {
        gender = null;
        var previous = index - 1;
        if (previous >= 0 && Units[previous].Key == ".")
        {
            previous--;
        }

        return previous >= 0 && Units[previous].IsWord && ReferenceLexicon.IsHonorific(Units[previous].Surface, out gender);
    }

    /// <summary>Where an organization's name starts when a country's name or adjective leads it ("American Civil Liberties Union").</summary>
    private int NationalPrefixStart(int start) =>
        start > 0 && reading.HitAt[start - 1] is { Best.Kind: PhraseKind.Adjective or PhraseKind.Country } national
        && national.To == start && Units[national.From].Capitalized && !reading.LineBreakBetween(start - 1, start)
            ? national.From
            : start;

    /// <summary>
    /// The end of an organization's name at <paramref name="start"/> ("Ministry of Energy", "Securities
    /// and Exchange Commission"): capitalized words up to the last head word (Ministry, Commission),
    /// then any "of …" after it; <paramref name="start"/> when the words name no organization.
    /// </summary>
    private int OrganizationAt(int start)
    {
        var end = shapes.CapitalizedWordsAt(start);
        while (end > start && end + 1 < Units.Length && ConnectedAfter(end) is var next && next > end)
        {
            end = shapes.CapitalizedWordsAt(next);
        }

        var head = end - 1;
        while (head >= start && !ReferenceLexicon.IsOrganizationHead(Units[head].Surface))
        {
            head--;
        }

        if (head < start)
        {
            return start;
        }

        var close = head + 1;
        while (close + 1 < Units.Length && Units[close].Key is "of" or "for" or "on" && shapes.StartsCapitalized(close + (Units[close + 1].Key == "the" ? 2 : 1)))
        {
            close = shapes.CapitalizedWordsAt(close + (Units[close + 1].Key == "the" ? 2 : 1));
        }

        return Math.Min(close, end);
    }

    /// <summary>Where an organization's name goes on after "of", "for", "on" (with or without "the") or "and"; <paramref name="end"/> when it does not.</summary>
    private int ConnectedAfter(int end)
    {
        var next = Units[end].Key switch
        {
            "of" or "for" or "on" => end + (Units[end + 1].Key == "the" ? 2 : 1),
            "and" => end + 1,
            _ => end,
        };
        return next > end && shapes.StartsCapitalized(next) ? next : end;
    }
}
