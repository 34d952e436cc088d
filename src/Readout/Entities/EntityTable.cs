namespace Readout.Entities;

/// <summary>The entities of one document being read, found by canonical name, with every placed mention.</summary>
internal sealed class EntityTable
{
    private readonly Dictionary<string, EntityDraft> byKey = [];
    private readonly List<(Mention Mention, EntityDraft Entity)> placed = [];

    public IEnumerable<EntityDraft> Drafts => byKey.Values;

    /// <summary>Placed mentions in text order.</summary>
    public IEnumerable<(Mention Mention, EntityDraft Entity)> Placed => placed.OrderBy(pair => pair.Mention.Start).ThenBy(pair => pair.Mention.End);

    public EntityDraft For(KbEntity known) => Get($"{known.Type}:{known.Name}", () => new EntityDraft(known.Name, known.Type, known));

    public EntityDraft ForUnknown(string name, EntityType type) =>
        Get($"{type}:{NameKey.OfPhrase(name)}", () => new EntityDraft(name, type, null));

    public bool Contains(KbEntity known) => byKey.ContainsKey($"{known.Type}:{known.Name}");

    /// <summary>The one person of the document whose multi-word name ends with the word of this <see cref="NameKey"/>, or null.</summary>
    public EntityDraft? SurnameOwner(string key)
    {
        var owners = Drafts
            .Where(draft => draft.Type == EntityType.Person)
            .Where(draft => draft.SurnameKey == key)
            .ToList();
        return owners.Count == 1 ? owners[0] : null;
    }

    public void Add(EntityDraft entity, Mention mention)
    {
        if (entity.Mentions.Any(existing => existing.Start == mention.Start && existing.End == mention.End))
        {
            return;
        }

        entity.Mentions.Add(mention);
        placed.Add((mention, entity));
    }

    /// <summary>
    /// Folds an unknown person known by one word ("President Obama") into the unknown person whose
    /// full name ends with it ("Barack Obama"), when exactly one does.
    /// </summary>
    public void MergeSurnamesIntoFullNames()
    {
        var people = byKey.Where(pair => pair.Value.Type == EntityType.Person && pair.Value.Known is null).ToList();
        foreach (var (key, single) in people.Where(pair => !pair.Value.Name.Contains(' ')))
        {
            var owners = people.Where(pair => pair.Value != single && pair.Value.Name.Contains(' ')
                && NameKey.Of(pair.Value.Name[(pair.Value.Name.LastIndexOf(' ') + 1)..]) == NameKey.Of(single.Name)).ToList();
            if (owners.Count != 1)
            {
                continue;
            }

            var owner = owners[0].Value;
            foreach (var mention in single.Mentions)
            {
                var kind = mention.Kind == MentionKind.Name ? MentionKind.Surname : mention.Kind;
                owner.Mentions.Add(mention with { Kind = kind });
            }

            owner.Roles = owner.Roles.IsEmpty ? single.Roles : owner.Roles;
            owner.Gender ??= single.Gender;
            placed.RemoveAll(pair => pair.Entity == single);
            placed.AddRange(owner.Mentions.Where(mention => single.Mentions.Any(old => old.Start == mention.Start)).Select(mention => (mention, owner)));
            byKey.Remove(key);
        }
    }

    public EntityLayer ToLayer()
    {
        var ordered = byKey.Values
            .Where(draft => draft.Mentions.Count > 0)
            .OrderBy(draft => draft.Mentions.Min(mention => mention.Start))
            .Select((draft, index) => new Entity(
                $"e{index + 1}",
                draft.Name,
                draft.Type,
                draft.Country,
                draft.Roles.IsEmpty ? null : draft.Roles[0],
                draft.Organization,
                draft.Known is not null,
                [.. draft.Mentions
                    .OrderBy(mention => mention.Start)
                    .Where(mention => mention.Kind is MentionKind.Name or MentionKind.Surname)
                    .Select(mention => mention.Text.Replace("[", string.Empty).Replace("]", string.Empty))
                    .Distinct()],
                [.. draft.Mentions.OrderBy(mention => mention.Start).ThenBy(mention => mention.End)])
            { Gender = draft.Gender });
        return new EntityLayer([.. ordered]);
    }

    private EntityDraft Get(string key, Func<EntityDraft> create)
    {
        if (!byKey.TryGetValue(key, out var draft))
        {
            draft = create();
            byKey[key] = draft;
        }

        return draft;
    }
}
