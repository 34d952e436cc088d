namespace Readout.Entities;

/// <summary>
/// Places the names the knowledge base knows (people, organizations, outlets, countries,
/// places, seats of power): a capital after "in" is the city, otherwise the government there;
/// "Russian authorities" is the Russian government; a lone surname of a known person is a surname mention.
/// </summary>
internal static class KnownNamePlacer
{
    public static void Place(EntityReading reading)
    {
        foreach (var hit in reading.Hits.Where(hit => hit.Best.Kind != PhraseKind.Title))
        {
            Place(reading, hit);
        }
    }

    private static void Place(EntityReading reading, PhraseHit hit)
    {
        var units = reading.Units;
        var table = reading.Table;
        var best = hit.Best;
        var capital = hit.Reading(PhraseKind.Capital);
        if (capital is not null && best.Kind is PhraseKind.Capital or PhraseKind.Metonym)
        {
            if (hit.From > 0 && units[hit.From - 1].IsWord && ReferenceLexicon.IsPlacePreposition(units[hit.From - 1].Surface))
            {
                reading.Place(table.For(capital.Entity!), hit.From, hit.To, MentionKind.Name);
            }
            else
            {
                var body = best.Kind == PhraseKind.Metonym ? best.Entity : capital.Country?.Government;
                if (body is not null)
                {
                    reading.Place(table.For(body), hit.From, hit.To, MentionKind.Metonym);
                }
            }

            return;
        }

        if (best.Kind is PhraseKind.Country or PhraseKind.Adjective && best.Country is { } country
            && hit.To < units.Length && units[hit.To].IsWord && ReferenceLexicon.IsGovernmentNoun(units[hit.To].Surface))
        {
            reading.Place(table.For(country.Government), hit.From, hit.To + 1, MentionKind.Metonym);
            return;
        }

        switch (best.Kind)
        {
            case PhraseKind.Person:
                var person = hit.Phrases.Where(phrase => phrase.Kind == PhraseKind.Person).Select(phrase => phrase.Entity!)
                    .OrderByDescending(table.Contains).First();
                var surnameOnly = hit.To - hit.From == 1 && NameUnit.OfPhrase(person.Name).Length > 1;
                reading.Place(table.For(person), hit.From, hit.To, surnameOnly ? MentionKind.Surname : MentionKind.Name);
                break;
            case PhraseKind.Metonym when best.Entity is not null:
                reading.Place(table.For(best.Entity), hit.From, hit.To, MentionKind.Metonym);
                break;
            case PhraseKind.Adjective:
                reading.Place(table.For(best.Entity!), hit.From, hit.To, MentionKind.Adjective);
                break;
            case PhraseKind.Demonym:
                reading.Place(table.For(best.Entity!), hit.From, hit.To, MentionKind.Demonym);
                break;
            case PhraseKind.Organization or PhraseKind.Outlet or PhraseKind.Country or PhraseKind.Place:
                reading.Place(table.For(best.Entity!), hit.From, hit.To, MentionKind.Name);
                break;
        }
    }
}
