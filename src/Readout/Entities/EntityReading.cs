using System.Collections.Immutable;
using Readout.Sentences;

namespace Readout.Entities;

/// <summary>
/// One document while its entities are read: the units, the known phrases found among them,
/// which units a mention already claims, and the table of entities with their placed mentions.
/// The readers (known names, titles, unknown names, surnames) share it and run in turn.
/// </summary>
internal sealed class EntityReading
{
    private readonly bool[] covered;

    public EntityReading(string text, ImmutableArray<NameUnit> units, SentenceLayer sentences)
    {
        Text = text;
        Units = units;
        Sentences = sentences;
        covered = new bool[units.Length];
        Hits = Gazetteer.Standard.Scan(units);
        HitAt = new PhraseHit?[units.Length];
        foreach (var hit in Hits)
        {
            for (var i = hit.From; i < hit.To; i++)
            {
                HitAt[i] = hit;
            }
        }
    }

    public string Text { get; }

    public ImmutableArray<NameUnit> Units { get; }

    public SentenceLayer Sentences { get; }

    /// <summary>The known phrases of the text, left to right.</summary>
    public ImmutableArray<PhraseHit> Hits { get; }

    /// <summary>The known phrase each unit belongs to, or null.</summary>
    public PhraseHit?[] HitAt { get; }

    public EntityTable Table { get; } = new();

    public bool IsCovered(int index) => covered[index];

    public void MarkCovered(int from, int to) => Array.Fill(covered, true, from, to - from);

    public bool LineBreakBetween(int before, int after) =>
        Text.AsSpan(Units[before].End, Units[after].Start - Units[before].End).Contains('\n');

    /// <summary>The text of units [from, to), without the brackets an editor put around an inserted word.</summary>
    public string Surface(int from, int to) => Text[Units[from].Start..Units[to - 1].End].Replace("[", string.Empty).Replace("]", string.Empty);

    /// <summary>Places a mention of <paramref name="entity"/> over units [from, to), taking in brackets around them.</summary>
    public void Place(EntityDraft entity, int from, int to, MentionKind kind)
    {
        var start = Units[from].Start;
        var end = Units[to - 1].End;
        if (start > 0 && Text[start - 1] == '[')
        {
            start--;
        }

        if (end < Text.Length && Text[end] == ']' && Text[start..end].Count(c => c == '[') > Text[start..end].Count(c => c == ']'))
        {
            end++;
        }

        Table.Add(entity, new Mention(start, end, Text[start..end], kind));
        MarkCovered(from, to);
    }

    /// <summary>A person the knowledge base does not list, named by units [from, to); a common given name tells the gender.</summary>
    public EntityDraft UnknownPerson(int from, int to)
    {
        var person = Table.ForUnknown(Surface(from, to), EntityType.Person);
        person.Gender ??= to - from > 1 ? ReferenceLexicon.FirstNameGender(Units[from].Surface) : null;
        Place(person, from, to, MentionKind.Name);
        return person;
    }

    /// <summary>The person whose mention starts at unit <paramref name="index"/> (or at a bracket just before it).</summary>
    public EntityDraft? PersonAt(int index) =>
        Table.Placed.Where(pair => pair.Entity.Type == EntityType.Person && pair.Mention.Start == Units[index].Start
                || pair.Mention.Start == Units[index].Start - 1 && Text[pair.Mention.Start] == '[')
            .Select(pair => pair.Entity)
            .FirstOrDefault(entity => entity.Type == EntityType.Person);

    /// <summary>The person named by a name or surname that ends right before unit <paramref name="index"/>.</summary>
    public EntityDraft? PersonEndingAt(int index) =>
        Table.Placed.Where(pair => pair.Entity.Type == EntityType.Person && pair.Mention.End == Units[index - 1].End && pair.Mention.Kind is MentionKind.Name or MentionKind.Surname)
            .Select(pair => pair.Entity)
            .FirstOrDefault();
}
