using System.Collections.Immutable;

namespace Readout.Entities;

/// <summary>
/// Reads each title with the words around it ("Kremlin aide", "President of Russia", "his German
/// counterpart") and gives it to the person it names: the name right after it, the name before a
/// comma before it, or the name set off by commas after it. A title with a determiner and no
/// name ("the Kremlin aide") becomes a <see cref="Descriptor"/> for reference resolution.
/// </summary>
internal sealed class TitleReader(EntityReading reading, NameShapes shapes)
{
    private readonly List<Descriptor> descriptors = [];

    private ImmutableArray<NameUnit> Units => reading.Units;

    public ImmutableArray<Descriptor> Read()
    {
        foreach (var hit in reading.Hits.Where(hit => hit.Best.Kind == PhraseKind.Title))
        {
            Read(hit);
        }

        return [.. descriptors];
    }

    private void Read(PhraseHit hit)
    {
        var title = hit.Best.Title!;
        var countries = new List<string>();
        string? organization = null;

        var end = hit.To;
        if (end + 1 < Units.Length && Units[end].Key == "of")
        {
            var next = end + 1;
            while (next < Units.Length)
            {
                next += Units[next].Key == "the" ? 1 : 0;
                if (next >= Units.Length || !AddModifier(reading.HitAt[next], countries, ref organization))
                {
                    break;
                }

                end = reading.HitAt[next]!.To;
                next = end < Units.Length && Units[end].Key == "and" ? end + 1 : Units.Length;
            }
        }

        var start = hit.From;
        var former = false;
        for (var k = start - 1; k >= 0 && !reading.LineBreakBetween(k, start); k--)
        {
            if (reading.HitAt[k] is { } modifier && modifier.Best.Kind != PhraseKind.Title && AddModifier(modifier, countries, ref organization))
            {
                k = modifier.From;
                start = k;
            }
            else if (Units[k].IsWord && ReferenceLexicon.IsTitleModifier(Units[k].Surface))
            {
                former |= Units[k].Key == "former";
                start = k;
            }
            else if (!(Units[k].Key is "and" or "," && start < hit.From))
            {
                break;
            }
        }

        var determinerStart = start;
        Determiner? determiner = null;
        while (determinerStart > 0 && ReferenceLexicon.DeterminerOf(Units[determinerStart - 1].Surface) is { } word)
        {
            determiner = determiner?.Kind == DeterminerKind.Group ? determiner : word;
            determinerStart--;
        }

        var indefinite = determiner is null && determinerStart > 0 && Units[determinerStart - 1].Key is "a" or "an";
        if (indefinite)
        {
            determinerStart--;
        }

        var country = countries.Count == 1 ? countries[0] : null;
        if (NamedBy(title, determiner, determinerStart, end) is { } named)
        {
            reading.Place(named, start, end, MentionKind.Title);
            named.Learn(title, country, organization);
            return;
        }

        var usedAsNoun = end >= Units.Length || title.Plural || !Units[end].IsWord || Units[end].Capitalized
            || ReferenceLexicon.MayFollowDescriptor(Units[end].Surface);
        if (determiner is not null && usedAsNoun)
        {
            descriptors.Add(new Descriptor(Units[determinerStart].Start, Units[end - 1].End, title, [.. countries], organization, determiner, former));
            reading.MarkCovered(determinerStart, end);
        }
    }

    /// <summary>The person a title spanning up to unit <paramref name="end"/> is given to, or null when it names nobody.</summary>
    private EntityDraft? NamedBy(Title title, Determiner? determiner, int determinerStart, int end)
    {
        if (end < Units.Length && reading.HitAt[end] is { } after && after.From == end && after.Best.Kind == PhraseKind.Person
            && reading.PersonAt(end) is { } known)
        {
            return known;
        }

        if (!title.Plural && determiner?.Kind != DeterminerKind.Group && shapes.NameAt(end) is var name && name > end)
        {
            return reading.UnknownPerson(end, name);
        }

        if (determiner?.Kind != DeterminerKind.Group && determinerStart > 1 && Units[determinerStart - 1].Key == ",")
        {
            var comma = determinerStart - 1;
            if ((reading.PersonEndingAt(comma) ?? UnknownPersonEndingAt(comma)) is { } before)
            {
                return before;
            }
        }

        return end + 1 < Units.Length && Units[end].Key == "," ? AppositiveNameAt(end + 1) : null;
    }

    /// <summary>Reads a country, seat of power or organization before or after a title.</summary>
    private static bool AddModifier(PhraseHit? hit, List<string> countries, ref string? organization)
    {
        if (hit is null)
        {
            return false;
        }

        var best = hit.Best;
        switch (best.Kind)
        {
            case PhraseKind.Country or PhraseKind.Adjective or PhraseKind.Capital when best.Country is not null:
                countries.Add(best.Country.Iso2);
                return true;
            case PhraseKind.Metonym when best.Entity?.Type == EntityType.Organization && best.Country is not null:
                if (best.Entity == best.Country.Government)
                {
                    countries.Add(best.Country.Iso2);
                }
                else
                {
                    organization ??= best.Entity.Name;
                }

                return true;
            case PhraseKind.Organization:
                organization ??= best.Entity!.Name;
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The person named right after "the foreign minister," and closed by a comma or the sentence's
    /// end ("the foreign minister, Tzipi Livni, said"): a known name or an unknown one.
    /// </summary>
    private EntityDraft? AppositiveNameAt(int index)
    {
        if (reading.HitAt[index] is { } hit && hit.From == index && hit.Best.Kind == PhraseKind.Person)
        {
            return ClosesAppositive(hit.To) ? reading.PersonAt(index) : null;
        }

        var end = shapes.NameAt(index);
        if (end - index < 2 || !ClosesAppositive(end))
        {
            return null;
        }

        return reading.UnknownPerson(index, end);
    }

    private bool ClosesAppositive(int index) => index >= Units.Length || Units[index].Key is "," or "." or ";" or ")";

    /// <summary>An unknown person named just before a comma ("John Smith, a spokesman"): at least two capitalized words.</summary>
    private EntityDraft? UnknownPersonEndingAt(int comma)
    {
        for (var start = Math.Max(0, comma - NameShapes.MaxNameUnits); start < comma - 1; start++)
        {
            if (shapes.NameAt(start) == comma && (start == 0 || !Units[start - 1].Capitalized))
            {
                return reading.UnknownPerson(start, comma);
            }
        }

        return null;
    }
}
