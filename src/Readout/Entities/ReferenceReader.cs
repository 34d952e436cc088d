using System.Collections.Immutable;
using Readout.Core;
using Readout.Sentences;

namespace Readout.Entities;

/// <summary>Resolves the references of one document in text order, so that a resolved descriptor can be what a later pronoun means.</summary>
internal sealed class ReferenceReader
{
    private const int PronounLookBackSentences = 4;

    private readonly string text;
    private readonly ImmutableArray<NameUnit> units;
    private readonly SentenceLayer sentences;
    private readonly EntityLayer entities;
    private readonly ReferenceContext context;
    private readonly QuotedText quoted;
    private readonly List<(Mention Mention, Entity Entity)> placed;
    private List<(Mention Mention, Entity Entity)>? placedInOrder;
    private readonly Dictionary<Entity, string?> genders;
    private readonly List<Reference> references = [];
    private readonly List<Entity> unnamedHolders = [];

    public ReferenceReader(string text, ImmutableArray<NameUnit> units, SentenceLayer sentences, EntityLayer entities, ReferenceContext context)
    {
        this.text = text;
        this.units = units;
        this.sentences = sentences;
        this.entities = entities;
        this.context = context;
        quoted = QuoteMarks.Read(text);
        placed = [.. entities.Entities.SelectMany(entity => entity.Mentions.Select(mention => (mention, entity)))];
        genders = entities.Entities.ToDictionary(entity => entity, entity => entity.Gender);
    }

    public ReferenceLayer Read()
    {
        var pending = entities.Descriptors.Select(descriptor => (descriptor.Start, Descriptor: (Descriptor?)descriptor, Pronoun: -1))
            .Concat(Enumerable.Range(0, units.Length)
                .Where(i => units[i].IsWord && ReferenceLexicon.PronounGender(units[i].Surface) is not null && !Claimed(units[i].Start))
                .Select(i => (units[i].Start, Descriptor: (Descriptor?)null, Pronoun: i)))
            .OrderBy(reference => reference.Start)
            .ToList();
        foreach (var (_, descriptor, pronoun) in pending)
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

        return new ReferenceLayer([.. references.OrderBy(reference => reference.Start)]);
    }

    /// <summary>Whether a name or a descriptor already takes in the offset ("his" in "his counterpart").</summary>
    private bool Claimed(int offset) =>
        entities.Entities.Any(entity => entity.Mentions.Any(mention => mention.Start <= offset && offset < mention.End))
        || entities.Descriptors.Any(descriptor => descriptor.Start <= offset && offset < descriptor.End);

    /// <summary>The placed mentions by start, then end, sorted again only after a reference was added.</summary>
    private List<(Mention Mention, Entity Entity)> Placed => placedInOrder ??= [.. placed.OrderBy(pair => pair.Mention.Start).ThenBy(pair => pair.Mention.End)];

    private void Add(int start, int end, MentionKind kind, IReadOnlyList<Entity> referents)
    {
        var mention = new Mention(start, end, text[start..end], kind);
        references.Add(new Reference(start, end, mention.Text, kind, [.. referents]));
        placed.AddRange(referents.Select(entity => (mention, entity)));
        placedInOrder = null;
    }

    private void ResolveDescriptor(Descriptor descriptor)
    {
        var countries = descriptor.Determiner.Kind == DeterminerKind.Source
            ? context.SourceCountry is null ? [] : [context.SourceCountry]
            : descriptor.Countries;
        if (descriptor.Determiner.Kind == DeterminerKind.Source && countries.IsEmpty)
        {
            return;
        }

        if (descriptor.Determiner.Kind != DeterminerKind.Group && !descriptor.Title.Plural)
        {
            if (ResolveOne(descriptor, countries.FirstOrDefault()) is { } one)
            {
                Add(descriptor.Start, descriptor.End, MentionKind.Descriptor, [one]);
            }

            return;
        }

        var members = countries.Length >= 2
            ? countries.Select(country => ResolveOne(descriptor, country)).OfType<Entity>().Distinct().ToList()
            : GroupByProminence(descriptor, descriptor.Determiner.Count ?? 2);
        if (members.Count >= 2)
        {
            Add(descriptor.Start, descriptor.End, MentionKind.Group, members);
        }
    }

    /// <summary>
    /// The person named earlier who fits the descriptor; else, for an office one person holds at a
    /// time whose country or organization is clear, whoever the knowledge base places in it on the
    /// publication date. Never the only person the knowledge base lists with that role.
    /// </summary>
    private Entity? ResolveOne(Descriptor descriptor, string? country)
    {
        var named = PeopleBefore(descriptor.Start).FirstOrDefault(person => Matches(person, descriptor, country));
        if (named is not null || descriptor.Former || !descriptor.Title.OneHolder || context.Published is not { } date)
        {
            return named;
        }

        var office = country ?? descriptor.Title.Country;
        if (office is null && descriptor.Organization is null)
        {
            return null;
        }

        return KnowledgeBase.Holder(descriptor.Title, office, descriptor.Organization, date) is { } holder ? EntityFor(holder) : null;
    }

    /// <summary>The document's entity for a knowledge-base person, or a new one when the article does not name them.</summary>
    private Entity EntityFor(KbEntity known)
    {
        var existing = entities.Entities.Concat(unnamedHolders).FirstOrDefault(entity => entity.Known && entity.Type == known.Type && entity.Name == known.Name);
        if (existing is not null)
        {
            return existing;
        }

        var holder = new Entity($"e{entities.Entities.Length + unnamedHolders.Count + 1}", known.Name, known.Type, known.Country, known.Role, known.Organization, true, [], [])
        {
            Gender = known.Gender,
        };
        unnamedHolders.Add(holder);
        genders[holder] = holder.Gender;
        return holder;
    }

    /// <summary>
    /// "The two presidents" without countries: the fitting people named first in the document (a
    /// report names its main actors first), else those named next after the phrase.
    /// </summary>
    private List<Entity> GroupByProminence(Descriptor descriptor, int count)
    {
        var before = PeopleBefore(descriptor.Start).Where(person => Matches(person, descriptor, null)).Distinct()
            .OrderBy(FirstMention).Take(count).ToList();
        var after = Placed
            .Where(pair => pair.Mention.Start >= descriptor.End && pair.Entity.Type == EntityType.Person && pair.Mention.Kind != MentionKind.Group)
            .Select(pair => pair.Entity)
            .Where(person => Matches(person, descriptor, null) && !before.Contains(person))
            .Distinct();
        return [.. before.Concat(after).Take(count)];
    }

    private int FirstMention(Entity person) => placed.Where(pair => pair.Entity == person).Min(pair => pair.Mention.Start);

    private bool Matches(Entity person, Descriptor descriptor, string? country) =>
        Fits(person, descriptor.Title)
        && (country is null || person.Country == country)
        && (descriptor.Organization is null || person.Organization == descriptor.Organization);

    /// <summary>
    /// Whether the person can be called by <paramref name="title"/> ("the Kremlin official" fits a
    /// Kremlin aide). A person the knowledge base dates in such an office fits only when in it on the
    /// publication date (Merz is no "German chancellor" in 2019); otherwise any role listed or read fits.
    /// </summary>
    private bool Fits(Entity person, Title title)
    {
        if (title.Role == "counterpart")
        {
            return true;
        }

        if (!person.Known || KnowledgeBase.FindPerson(person.Name) is not { } known)
        {
            return person.Role is { } role && title.Fits(role);
        }

        var terms = known.Terms.Where(term => title.Fits(term.Role)).ToList();
        return context.Published is { } date && terms.Count > 0 ? terms.Any(term => term.Covers(date)) : known.Roles.Any(title.Fits);
    }

    /// <summary>People mentioned one by one before <paramref name="offset"/>, most recent first.</summary>
    private IEnumerable<Entity> PeopleBefore(int offset) =>
        Placed
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
        if (quoted.RegionAt(unit.Start) is { } quote)
        {
            ResolvePronounInQuote(unit, gender, quote);
            return;
        }

        var reporting = SpeechCues.SpeechVerbAfter(units, index + 1);
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
            var candidates = Placed
                .Where(pair => pair.Mention.Start >= span.Start && pair.Mention.End <= (k == sentence ? unit.Start : span.End))
                .Where(pair => pair.Entity.Type == EntityType.Person && pair.Mention.Kind != MentionKind.Group)
                .Where(pair => genders[pair.Entity] is null || genders[pair.Entity] == gender)
                .Where(pair => quoted.RegionAt(pair.Mention.Start) is null)
                .ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var chosen = k == sentence ? candidates[^1]
                : reporting ? candidates.FirstOrDefault(pair => IsSpeaker(pair.Mention)) is { Entity: not null } speaker ? speaker : candidates[0]
                : candidates[0];
            Add(unit.Start, unit.End, MentionKind.Pronoun, [chosen.Entity]);
            if (k == sentence)
            {
                genders[chosen.Entity] ??= gender;
            }

            return;
        }
    }

    /// <summary>Inside a quotation a pronoun may only go back to someone named earlier in the same quoted sentence.</summary>
    private void ResolvePronounInQuote(NameUnit unit, string? gender, TextSpan quote)
    {
        var sentence = SentenceOf(unit.Start);
        var from = Math.Max(quote.Start, sentence >= 0 ? sentences.Sentences[sentence].Start : quote.Start);
        var chosen = Placed
            .Where(pair => pair.Mention.Start >= from && pair.Mention.End <= unit.Start)
            .Where(pair => pair.Entity.Type == EntityType.Person && pair.Mention.Kind != MentionKind.Group)
            .Where(pair => genders[pair.Entity] is null || genders[pair.Entity] == gender)
            .LastOrDefault();
        if (chosen.Entity is not null)
        {
            Add(unit.Start, unit.End, MentionKind.Pronoun, [chosen.Entity]);
        }
    }

    private int SentenceOf(int offset)
    {
        var index = sentences.IndexAt(offset);
        return index >= 0 ? index : sentences.Sentences.Count(span => span.End <= offset) - 1;
    }

    /// <summary>Whether a mention is someone speaking: "X said", "X also noted", "said X", "according to X".</summary>
    private bool IsSpeaker(Mention mention)
    {
        var first = units.IndexOf(units.FirstOrDefault(unit => unit.Start == mention.Start));
        var last = units.IndexOf(units.LastOrDefault(unit => unit.End == mention.End));
        if (last >= 0 && SpeechCues.SpeechVerbAfter(units, last + 1))
        {
            return true;
        }

        return first > 0 && units[first - 1].IsWord
            && (ReferenceLexicon.IsSpeechVerb(units[first - 1].Surface) || units[first - 1].Key == "to" && first > 1 && units[first - 2].Key == "according");
    }
}
