using System.Collections.Immutable;
using Readout.Core;
using Readout.Text;

namespace Readout.Entities;

/// <summary>A title with a determiner and no name after it, waiting to be resolved against what came before.</summary>
internal sealed record Descriptor(int Start, int End, Title Title, ImmutableArray<string> Countries, string? Organization, Determiner Determiner, bool Former);

/// <summary>Reads one document's entities in passes: known names, titles, unknown names, surnames, then references.</summary>
internal sealed class DocumentReader(string text, ImmutableArray<NameUnit> units, SentenceLayer sentences, string? sourceCountry)
{
    private const int MaxNameUnits = 5;
    private const int PronounLookBackSentences = 4;

    private readonly PhraseHit?[] hitAt = new PhraseHit?[units.Length];
    private readonly bool[] covered = new bool[units.Length];
    private readonly EntityTable table = new();
    private readonly List<Descriptor> descriptors = [];
    private readonly ImmutableArray<TextSpan> quotes = QuotedRegions.Find(text);
    private bool[]? headlineUnits;

    public EntityLayer Read()
    {
        var hits = Gazetteer.Standard.Scan(units);
        foreach (var hit in hits)
        {
            for (var i = hit.From; i < hit.To; i++)
            {
                hitAt[i] = hit;
            }
        }

        foreach (var hit in hits.Where(hit => hit.Best.Kind != PhraseKind.Title))
        {
            ReadKnownName(hit);
        }

        foreach (var hit in hits.Where(hit => hit.Best.Kind == PhraseKind.Title))
        {
            ReadTitle(hit);
        }

        ReadUnknownNames();
        LinkSurnames();
        table.MergeSurnamesIntoFullNames();
        ResolveReferences();
        return table.ToLayer();
    }

    private void ReadKnownName(PhraseHit hit)
    {
        var reading = hit.Best;
        var capital = hit.Reading(PhraseKind.Capital);
        if (capital is not null && reading.Kind is PhraseKind.Capital or PhraseKind.Metonym)
        {
            if (hit.From > 0 && units[hit.From - 1].IsWord && ReferenceLexicon.IsPlacePreposition(units[hit.From - 1].Surface))
            {
                Place(table.For(capital.Entity!), hit.From, hit.To, MentionKind.Name);
            }
            else
            {
                var body = reading.Kind == PhraseKind.Metonym ? reading.Entity : capital.Country?.Government;
                if (body is not null)
                {
                    Place(table.For(body), hit.From, hit.To, MentionKind.Metonym);
                }
            }

            return;
        }

        if (reading.Kind is PhraseKind.Country or PhraseKind.Adjective && reading.Country is { } country
            && hit.To < units.Length && units[hit.To].IsWord && ReferenceLexicon.IsGovernmentNoun(units[hit.To].Surface))
        {
            Place(table.For(country.Government), hit.From, hit.To + 1, MentionKind.Metonym);
            return;
        }

        switch (reading.Kind)
        {
            case PhraseKind.Person:
                var person = hit.Phrases.Where(phrase => phrase.Kind == PhraseKind.Person).Select(phrase => phrase.Entity!)
                    .OrderByDescending(table.Contains).First();
                var surnameOnly = hit.To - hit.From == 1 && NameUnit.OfPhrase(person.Name).Length > 1;
                Place(table.For(person), hit.From, hit.To, surnameOnly ? MentionKind.Surname : MentionKind.Name);
                break;
            case PhraseKind.Metonym when reading.Entity is not null:
                Place(table.For(reading.Entity), hit.From, hit.To, MentionKind.Metonym);
                break;
            case PhraseKind.Adjective:
                Place(table.For(reading.Entity!), hit.From, hit.To, MentionKind.Adjective);
                break;
            case PhraseKind.Demonym:
                Place(table.For(reading.Entity!), hit.From, hit.To, MentionKind.Demonym);
                break;
            case PhraseKind.Organization or PhraseKind.Outlet or PhraseKind.Country or PhraseKind.Place:
                Place(table.For(reading.Entity!), hit.From, hit.To, MentionKind.Name);
                break;
        }
    }

    private void ReadTitle(PhraseHit hit)
    {
        var title = hit.Best.Title!;
        var countries = new List<string>();
        string? organization = null;

        var end = hit.To;
        if (end + 1 < units.Length && units[end].Key == "of")
        {
            var next = end + 1;
            while (next < units.Length)
            {
                next += units[next].Key == "the" ? 1 : 0;
                if (next >= units.Length || !AddModifier(hitAt[next], countries, ref organization))
                {
                    break;
                }

                end = hitAt[next]!.To;
                next = end < units.Length && units[end].Key == "and" ? end + 1 : units.Length;
            }
        }

        var start = hit.From;
        var former = false;
        for (var k = start - 1; k >= 0 && !LineBreakBetween(k, start); k--)
        {
            if (hitAt[k] is { } modifier && modifier.Best.Kind != PhraseKind.Title && AddModifier(modifier, countries, ref organization))
            {
                k = modifier.From;
                start = k;
            }
            else if (units[k].IsWord && ReferenceLexicon.IsTitleModifier(units[k].Surface))
            {
                former |= units[k].Key == "former";
                start = k;
            }
            else if (!(units[k].Key is "and" or "," && start < hit.From))
            {
                break;
            }
        }

        var determinerStart = start;
        Determiner? determiner = null;
        while (determinerStart > 0 && ReferenceLexicon.DeterminerOf(units[determinerStart - 1].Surface) is { } word)
        {
            determiner = determiner?.Kind == DeterminerKind.Group ? determiner : word;
            determinerStart--;
        }

        var indefinite = determiner is null && determinerStart > 0 && units[determinerStart - 1].Key is "a" or "an";
        if (indefinite)
        {
            determinerStart--;
        }

        var country = countries.Count == 1 ? countries[0] : null;
        if (end < units.Length && hitAt[end] is { } after && after.From == end && after.Best.Kind == PhraseKind.Person
            && PersonAt(end) is { } named)
        {
            Place(named, start, end, MentionKind.Title);
            named.Learn(title, country, organization);
            return;
        }

        if (!title.Plural && determiner?.Kind != DeterminerKind.Group && NameAt(end) is var name && name > end)
        {
            var person = UnknownPerson(end, name);
            Place(person, start, end, MentionKind.Title);
            person.Learn(title, country, organization);
            return;
        }

        if (determiner?.Kind != DeterminerKind.Group && determinerStart > 1 && units[determinerStart - 1].Key == ",")
        {
            var comma = determinerStart - 1;
            var before = PersonEndingAt(comma) ?? UnknownPersonEndingAt(comma);
            if (before is not null)
            {
                Place(before, start, end, MentionKind.Title);
                before.Learn(title, country, organization);
                return;
            }
        }

        if (end + 1 < units.Length && units[end].Key == "," && AppositiveNameAt(end + 1) is { } appositive)
        {
            Place(appositive, start, end, MentionKind.Title);
            appositive.Learn(title, country, organization);
            return;
        }

        var usedAsNoun = end >= units.Length || title.Plural || units[end - 1].Possessive || !units[end].IsWord || units[end].Capitalized
            || ReferenceLexicon.MayFollowDescriptor(units[end].Surface);
        if (determiner is not null && usedAsNoun)
        {
            descriptors.Add(new Descriptor(units[determinerStart].Start, units[end - 1].End, title, [.. countries], organization, determiner, former));
            MarkCovered(determinerStart, end);
        }
    }

    private bool LineBreakBetween(int before, int after) => text.AsSpan(units[before].End, units[after].Start - units[before].End).Contains('\n');

    /// <summary>Reads a country, seat of power or organization before or after a title.</summary>
    private static bool AddModifier(PhraseHit? hit, List<string> countries, ref string? organization)
    {
        if (hit is null)
        {
            return false;
        }

        var reading = hit.Best;
        switch (reading.Kind)
        {
            case PhraseKind.Country or PhraseKind.Adjective or PhraseKind.Capital when reading.Country is not null:
                countries.Add(reading.Country.Iso2);
                return true;
            case PhraseKind.Metonym when reading.Entity?.Type == EntityType.Organization && reading.Country is not null:
                if (reading.Entity == reading.Country.Government)
                {
                    countries.Add(reading.Country.Iso2);
                }
                else
                {
                    organization ??= reading.Entity.Name;
                }

                return true;
            case PhraseKind.Organization:
                organization ??= reading.Entity!.Name;
                return true;
            default:
                return false;
        }
    }

    private void ReadUnknownNames()
    {
        for (var i = 0; i < units.Length; i++)
        {
            var organizationEnd = OrganizationAt(i);
            if (organizationEnd > i + 1)
            {
                var organizationStart = NationalPrefixStart(i);
                Place(table.ForUnknown(Surface(organizationStart, organizationEnd), EntityType.Organization), organizationStart, organizationEnd, MentionKind.Name);
                i = organizationEnd - 1;
                continue;
            }

            var end = NameAt(i);
            if (end == i)
            {
                continue;
            }

            var afterHonorific = HonorificBefore(i, out var gender);
            if (afterHonorific || IsSpeakerPosition(i, end) && (end - i >= 2 || UsedAsName(units[i])))
            {
                if (end - i == 1 && SurnameOwner(units[i].Key) is { } owner)
                {
                    owner.Gender ??= gender;
                    Place(owner, i, end, MentionKind.Surname);
                }
                else
                {
                    UnknownPerson(i, end).Gender ??= gender;
                }

                i = end - 1;
            }
        }
    }

    private void LinkSurnames()
    {
        for (var i = 0; i < units.Length; i++)
        {
            if (StartsName(i) && SurnameOwner(units[i].Key) is { } owner && !(i + 1 < units.Length && units[i + 1].Capitalized && !covered[i + 1]))
            {
                Place(owner, i, i + 1, MentionKind.Surname);
            }
        }
    }

    /// <summary>The one person of the document whose multi-word name ends with this word, or null.</summary>
    private EntityDraft? SurnameOwner(string key)
    {
        var owners = table.Drafts
            .Where(draft => draft.Type == EntityType.Person)
            .Where(draft => NameUnit.OfPhrase(draft.Name) is { Length: > 1 } name && name[^1].Key == key)
            .ToList();
        return owners.Count == 1 ? owners[0] : null;
    }

    private void ResolveReferences()
    {
        var references = descriptors.Select(descriptor => (descriptor.Start, Descriptor: (Descriptor?)descriptor, Pronoun: -1))
            .Concat(Enumerable.Range(0, units.Length)
                .Where(i => !covered[i] && units[i].IsWord && ReferenceLexicon.PronounGender(units[i].Surface) is not null)
                .Select(i => (units[i].Start, Descriptor: (Descriptor?)null, Pronoun: i)))
            .OrderBy(reference => reference.Start)
            .ToList();
        foreach (var (_, descriptor, pronoun) in references)
        {
            if (descriptor is not null)
            {
                ResolveDescriptor(descriptor);
            }
            else
            {
                ResolvePronoun(pronoun);
            }
        }
    }

    private void ResolveDescriptor(Descriptor descriptor)
    {
        var countries = descriptor.Determiner.Kind == DeterminerKind.Source
            ? sourceCountry is null ? [] : [sourceCountry]
            : descriptor.Countries;
        if (descriptor.Determiner.Kind == DeterminerKind.Source && countries.IsEmpty)
        {
            return;
        }

        var mentionText = text[descriptor.Start..descriptor.End];
        if (descriptor.Determiner.Kind != DeterminerKind.Group && !descriptor.Title.Plural)
        {
            if (ResolveOne(descriptor, countries.FirstOrDefault()) is { } one)
            {
                table.Add(one, new Mention(descriptor.Start, descriptor.End, mentionText, MentionKind.Descriptor));
            }

            return;
        }

        var members = countries.Length >= 2
            ? countries.Select(country => ResolveOne(descriptor, country)).OfType<EntityDraft>().Distinct().ToList()
            : GroupByProminence(descriptor, descriptor.Determiner.Count ?? 2);
        if (members.Count >= 2)
        {
            foreach (var member in members)
            {
                table.Add(member, new Mention(descriptor.Start, descriptor.End, mentionText, MentionKind.Group));
            }
        }
    }

    private EntityDraft? ResolveOne(Descriptor descriptor, string? country)
    {
        var named = PeopleBefore(descriptor.Start).FirstOrDefault(person => Matches(person, descriptor, country));
        if (named is not null || descriptor.Former || !descriptor.Title.OneHolder)
        {
            return named;
        }

        if (country is not null || descriptor.Organization is not null)
        {
            return KnowledgeBase.Holder(descriptor.Title, country, descriptor.Organization) is { } holder ? table.For(holder) : null;
        }

        var holders = KnowledgeBase.People.Where(person => person.Roles.Contains(descriptor.Title.Role)).Take(2).ToList();
        return holders.Count == 1 ? table.For(holders[0]) : null;
    }

    /// <summary>
    /// "The two presidents" without countries: the fitting people named first in the document (a
    /// report names its main actors first), else those named next after the phrase.
    /// </summary>
    private List<EntityDraft> GroupByProminence(Descriptor descriptor, int count)
    {
        var before = PeopleBefore(descriptor.Start).Where(person => Matches(person, descriptor, null)).Distinct()
            .OrderBy(person => person.Mentions.Min(mention => mention.Start)).Take(count).ToList();
        var after = table.Placed
            .Where(pair => pair.Mention.Start >= descriptor.End && pair.Entity.Type == EntityType.Person && pair.Mention.Kind != MentionKind.Group)
            .Select(pair => pair.Entity)
            .Where(person => Matches(person, descriptor, null) && !before.Contains(person))
            .Distinct();
        return [.. before.Concat(after).Take(count)];
    }

    private static bool Matches(EntityDraft person, Descriptor descriptor, string? country) =>
        person.Fits(descriptor.Title)
        && (country is null || person.Country == country)
        && (descriptor.Organization is null || person.Organization == descriptor.Organization);

    /// <summary>People mentioned one by one before <paramref name="offset"/>, most recent first.</summary>
    private IEnumerable<EntityDraft> PeopleBefore(int offset) =>
        table.Placed
            .Where(pair => pair.Mention.End <= offset && pair.Entity.Type == EntityType.Person && pair.Mention.Kind != MentionKind.Group)
            .Reverse()
            .Select(pair => pair.Entity);

    /// <summary>
    /// A pronoun outside quotation marks goes to the nearest compatible person: the latest one
    /// earlier in its sentence, else the first one (the subject) of the nearest earlier sentence.
    /// A reporting clause after a comma or quote ("…, he added") looks past its own sentence and
    /// prefers speakers.
    /// </summary>
    private void ResolvePronoun(int index)
    {
        var unit = units[index];
        var gender = ReferenceLexicon.PronounGender(unit.Surface);
        if (quotes.FirstOrDefault(region => region.Contains(unit.Start)) is { Length: > 0 } quote)
        {
            ResolvePronounInQuote(unit, gender, quote);
            return;
        }

        var reporting = IsSpeechVerbAfter(index + 1);
        var clauseFinal = index > 0 && units[index - 1].Key is "," or "\"" or "'";
        var sentence = SentenceOf(unit.Start);
        if (sentence < 0)
        {
            return;
        }

        for (var k = sentence; k >= 0 && k >= sentence - PronounLookBackSentences; k--)
        {
            if (k == sentence && reporting && clauseFinal)
            {
                continue;
            }

            var span = sentences.Sentences[k];
            var candidates = table.Placed
                .Where(pair => pair.Mention.Start >= span.Start && pair.Mention.End <= (k == sentence ? unit.Start : span.End))
                .Where(pair => pair.Entity.Type == EntityType.Person && pair.Mention.Kind != MentionKind.Group)
                .Where(pair => pair.Entity.Gender is null || pair.Entity.Gender == gender)
                .Where(pair => !QuotedRegions.Inside(quotes, pair.Mention.Start))
                .ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var chosen = k == sentence ? candidates[^1]
                : reporting ? candidates.FirstOrDefault(pair => IsSpeaker(pair.Mention)) is { Entity: not null } speaker ? speaker : candidates[0]
                : candidates[0];
            table.Add(chosen.Entity, new Mention(unit.Start, unit.End, unit.Surface, MentionKind.Pronoun));
            if (k == sentence)
            {
                chosen.Entity.Gender ??= gender;
            }

            return;
        }
    }

    /// <summary>Inside a quotation a pronoun may only go back to someone named earlier in the same quoted sentence.</summary>
    private void ResolvePronounInQuote(NameUnit unit, string? gender, TextSpan quote)
    {
        var sentence = SentenceOf(unit.Start);
        var from = Math.Max(quote.Start, sentence >= 0 ? sentences.Sentences[sentence].Start : quote.Start);
        var chosen = table.Placed
            .Where(pair => pair.Mention.Start >= from && pair.Mention.End <= unit.Start)
            .Where(pair => pair.Entity.Type == EntityType.Person && pair.Mention.Kind != MentionKind.Group)
            .Where(pair => pair.Entity.Gender is null || pair.Entity.Gender == gender)
            .LastOrDefault();
        if (chosen.Entity is not null)
        {
            table.Add(chosen.Entity, new Mention(unit.Start, unit.End, unit.Surface, MentionKind.Pronoun));
        }
    }

    private int SentenceOf(int offset)
    {
        var index = sentences.IndexAt(offset);
        if (index >= 0)
        {
            return index;
        }

        var preceding = sentences.Sentences.Count(span => span.End <= offset) - 1;
        return preceding;
    }

    /// <summary>Whether a mention is someone speaking: "X said", "X also noted", "said X", "according to X".</summary>
    private bool IsSpeaker(Mention mention)
    {
        var first = units.IndexOf(units.FirstOrDefault(unit => unit.Start == mention.Start));
        var last = units.IndexOf(units.LastOrDefault(unit => unit.End == mention.End));
        if (last >= 0 && IsSpeechVerbAfter(last + 1))
        {
            return true;
        }

        return first > 0 && units[first - 1].IsWord
            && (ReferenceLexicon.IsSpeechVerb(units[first - 1].Surface) || units[first - 1].Key == "to" && first > 1 && units[first - 2].Key == "according");
    }

    private bool IsSpeechVerbAfter(int index)
    {
        while (index < units.Length && ReferenceLexicon.IsSpeakerFiller(units[index].Surface))
        {
            index++;
        }

        return index < units.Length && units[index].IsWord && ReferenceLexicon.IsSpeechVerb(units[index].Surface);
    }

    private bool IsSpeakerPosition(int start, int end) =>
        IsSpeechVerbAfter(end)
        || start > 0 && units[start - 1].IsWord && ReferenceLexicon.IsSpeechVerb(units[start - 1].Surface)
        || start > 1 && units[start - 1].Key == "to" && units[start - 2].Key == "according";

    private bool HonorificBefore(int index, out string? gender)
    {
        gender = null;
        var previous = index - 1;
        if (previous >= 0 && units[previous].Key == ".")
        {
            previous--;
        }

        return previous >= 0 && units[previous].IsWord && ReferenceLexicon.IsHonorific(units[previous].Surface, out gender);
    }

    /// <summary>Whether an unknown name may start at <paramref name="index"/>: a capitalized word nobody has claimed, not a title.</summary>
    private bool StartsName(int index) =>
        StartsCapitalized(index) && hitAt[index]?.Best.Kind != PhraseKind.Title
        && !ReferenceLexicon.IsOrganizationHead(units[index].Surface) && !ReferenceLexicon.IsNotPersonWord(units[index].Surface);

    private bool StartsCapitalized(int index) =>
        index < units.Length && !covered[index] && units[index].Capitalized && units[index].Surface.All(char.IsLetter)
        && !ReferenceLexicon.IsNotName(units[index].Surface) && ReferenceLexicon.PronounGender(units[index].Surface) is null
        && !InHeadline(index);

    /// <summary>The end of a personal name starting at <paramref name="start"/> (capitalized words, initials, particles); <paramref name="start"/> when none.</summary>
    private int NameAt(int start) => CapitalizedRun(start, StartsName);

    private int CapitalizedRun(int start, Func<int, bool> starts)
    {
        if (!starts(start))
        {
            return start;
        }

        var end = start + 1;
        while (end < units.Length && end - start < MaxNameUnits)
        {
            if (starts(end) && !units[end - 1].Possessive || HyphenJoined(end))
            {
                end++;
            }
            else if (units[end].Key == "." && units[end - 1].Surface.Length == 1 && starts(end + 1))
            {
                end += 2;
            }
            else if (units[end].IsWord && ReferenceLexicon.IsNameParticle(units[end].Surface) && starts(end + 1))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>Where an organization's name starts when a country's name or adjective leads it ("American Civil Liberties Union").</summary>
    private int NationalPrefixStart(int start) =>
        start > 0 && hitAt[start - 1] is { Best.Kind: PhraseKind.Adjective or PhraseKind.Country } national
        && national.To == start && units[national.From].Capitalized && !LineBreakBetween(start - 1, start)
            ? national.From
            : start;

    /// <summary>Whether the word is the lower-case part of a hyphenated name ("Ki-moon", "Jae-myung").</summary>
    private bool HyphenJoined(int index) =>
        units[index].IsWord && !covered[index] && units[index].Start == units[index - 1].End + 1 && text[units[index - 1].End] == '-';

    /// <summary>
    /// The end of an organization's name at <paramref name="start"/> ("Ministry of Energy", "Securities
    /// and Exchange Commission"): capitalized words up to the last head word (Ministry, Commission),
    /// then any "of …" after it; <paramref name="start"/> when the words name no organization.
    /// </summary>
    private int OrganizationAt(int start)
    {
        var end = CapitalizedRun(start, StartsCapitalized);
        while (end > start && end + 1 < units.Length && ConnectedAfter(end) is var next && next > end)
        {
            end = CapitalizedRun(next, StartsCapitalized);
        }

        var head = Enumerable.Range(start, end - start).LastOrDefault(i => ReferenceLexicon.IsOrganizationHead(units[i].Surface), -1);
        if (head < 0)
        {
            return start;
        }

        var close = head + 1;
        while (close + 1 < units.Length && units[close].Key is "of" or "for" or "on" && StartsCapitalized(close + (units[close + 1].Key == "the" ? 2 : 1)))
        {
            close = CapitalizedRun(close + (units[close + 1].Key == "the" ? 2 : 1), StartsCapitalized);
        }

        return Math.Min(close, end);
    }

    /// <summary>Where an organization's name goes on after "of", "for", "on" (with or without "the") or "and"; <paramref name="end"/> when it does not.</summary>
    private int ConnectedAfter(int end)
    {
        var next = units[end].Key switch
        {
            "of" or "for" or "on" => end + (units[end + 1].Key == "the" ? 2 : 1),
            "and" => end + 1,
            _ => end,
        };
        return next > end && StartsCapitalized(next) ? next : end;
    }

    /// <summary>Whether the unit sits on a line written in title case (a headline), where capitals say nothing about names.</summary>
    private bool InHeadline(int index) => (headlineUnits ??= FindHeadlineUnits())[index];

    private bool[] FindHeadlineUnits()
    {
        var headline = new bool[units.Length];
        var lineStart = 0;
        while (lineStart < units.Length)
        {
            var lineEnd = lineStart + 1;
            while (lineEnd < units.Length && !LineBreakBetween(lineEnd - 1, lineEnd))
            {
                lineEnd++;
            }

            var words = units.Skip(lineStart).Take(lineEnd - lineStart).Where(unit => unit.IsWord && unit.Surface.Length > 3).ToList();
            var titleCase = words.Count >= 4 && words.Count(unit => unit.Capitalized) * 10 >= words.Count * 9;
            Array.Fill(headline, titleCase, lineStart, lineEnd - lineStart);
            lineStart = lineEnd;
        }

        return headline;
    }

    /// <summary>
    /// The person named right after "the foreign minister," and closed by a comma or the sentence's
    /// end ("the foreign minister, Tzipi Livni, said"): a known name or an unknown one.
    /// </summary>
    private EntityDraft? AppositiveNameAt(int index)
    {
        if (hitAt[index] is { } hit && hit.From == index && hit.Best.Kind == PhraseKind.Person)
        {
            return ClosesAppositive(hit.To) ? PersonAt(index) : null;
        }

        var end = NameAt(index);
        if (end - index < 2 || !ClosesAppositive(end))
        {
            return null;
        }

        return UnknownPerson(index, end);
    }

    private bool ClosesAppositive(int index) => index >= units.Length || units[index].Key is "," or "." or ";" or ")";

    private EntityDraft? PersonAt(int index) =>
        table.Placed.Where(pair => pair.Entity.Type == EntityType.Person && pair.Mention.Start == units[index].Start || pair.Mention.Start == units[index].Start - 1 && text[pair.Mention.Start] == '[')
            .Select(pair => pair.Entity)
            .FirstOrDefault(entity => entity.Type == EntityType.Person);

    private EntityDraft? PersonEndingAt(int index) =>
        table.Placed.Where(pair => pair.Entity.Type == EntityType.Person && pair.Mention.End == units[index - 1].End && pair.Mention.Kind is MentionKind.Name or MentionKind.Surname)
            .Select(pair => pair.Entity)
            .FirstOrDefault();

    /// <summary>An unknown person named just before a comma ("John Smith, a spokesman"): at least two capitalized words.</summary>
    private EntityDraft? UnknownPersonEndingAt(int comma)
    {
        for (var start = Math.Max(0, comma - MaxNameUnits); start < comma - 1; start++)
        {
            if (NameAt(start) == comma && (start == 0 || !units[start - 1].Capitalized))
            {
                return UnknownPerson(start, comma);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a lone capitalized word is used as a name in this document: capitalized also inside
    /// sentences and never written in lower case (so "Sanders said" but not "Officials said").
    /// </summary>
    private bool UsedAsName(NameUnit word)
    {
        if (!word.Surface.Any(char.IsLower))
        {
            return false;
        }

        var seen = Enumerable.Range(0, units.Length).Where(i => units[i].IsWord && units[i].Key == word.Key).ToList();
        return seen.All(i => units[i].Capitalized)
            && seen.Any(i => !InHeadline(i) && sentences.IndexAt(units[i].Start) is var index && index >= 0 && sentences.Sentences[index].Start != units[i].Start);
    }

    /// <summary>A person the knowledge base does not list, named by units [from, to); a common given name tells the gender.</summary>
    private EntityDraft UnknownPerson(int from, int to)
    {
        var person = table.ForUnknown(Surface(from, to), EntityType.Person);
        person.Gender ??= to - from > 1 ? ReferenceLexicon.FirstNameGender(units[from].Surface) : null;
        Place(person, from, to, MentionKind.Name);
        return person;
    }

    private string Surface(int from, int to) => text[units[from].Start..units[to - 1].End].Replace("[", string.Empty).Replace("]", string.Empty);

    private void Place(EntityDraft entity, int from, int to, MentionKind kind)
    {
        var start = units[from].Start;
        var end = units[to - 1].End;
        if (start > 0 && text[start - 1] == '[')
        {
            start--;
        }

        if (end < text.Length && text[end] == ']' && text[start..end].Count(c => c == '[') > text[start..end].Count(c => c == ']'))
        {
            end++;
        }

        table.Add(entity, new Mention(start, end, text[start..end], kind));
        MarkCovered(from, to);
    }

    private void MarkCovered(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            covered[i] = true;
        }
    }
}
