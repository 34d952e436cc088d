using System.Collections.Immutable;

namespace Readout.Entities;

/// <summary>An entity while a document is being read: what is known about it so far and its mentions.</summary>
internal sealed class EntityDraft(string name, EntityType type, KbEntity? known)
{
    private readonly Lazy<string?> surnameKey = new(() => NameUnit.OfPhrase(name) is { Length: > 1 } units ? units[^1].Key : null, LazyThreadSafetyMode.None);

    public string Name { get; } = name;

    /// <summary>The <see cref="NameKey"/> of the last unit of a name of more than one ("obama" of "Barack Obama"), or null.</summary>
    public string? SurnameKey => surnameKey.Value;

    public EntityType Type { get; } = type;

    public KbEntity? Known { get; } = known;

    public string? Country { get; set; } = known?.Country;

    public ImmutableArray<string> Roles { get; set; } = known?.Roles ?? [];

    public string? Gender { get; set; } = known?.Gender;

    public string? Organization { get; set; } = known?.Organization;

    public List<Mention> Mentions { get; } = [];

    /// <summary>Takes what a title next to the name says, where the knowledge base said nothing.</summary>
    public void Learn(Title title, string? country, string? organization)
    {
        if (Roles.IsEmpty && title.Role != "counterpart")
        {
            Roles = [title.Role];
        }

        Country ??= country;
        Organization ??= organization;
        Gender ??= title.Gender;
    }
}
