using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Readout.Stories;

/// <summary>One value an article gives for a slot of a story's event, with who asserts it.</summary>
/// <param name="Qualifier">The hedge the articles put on the value ("over", "just under" 120 minutes); null when stated exactly.</param>
public sealed record Fact(
    string Slot,
    JsonNode? Value,
    ImmutableArray<string> Articles,
    ImmutableArray<string> Sources,
    int IndependentSources,
    bool Chosen,
    string? Why = null,
    string? Qualifier = null);

/// <summary>The real-world event a story reports, reconciled across its articles.</summary>
/// <param name="DurationQualifier">The hedge on the chosen duration ("over"), as its fact has it.</param>
public sealed record StoryEvent(
    string Type,
    string? Mode,
    string? Date,
    ImmutableArray<string> Participants,
    string? Initiator,
    int? DurationMinutes,
    string? Place,
    ImmutableArray<Fact> Facts,
    string? DurationQualifier = null);

/// <summary>A cluster of articles that mainly report the same real-world event.</summary>
/// <param name="Date">The date of the story's main event (ISO), where its articles give one.</param>
public sealed record Story(string Id, ImmutableArray<string> Articles, string? Headline, string? Date = null);

/// <summary>Corpus layer: the stories of an analysis.</summary>
public sealed record StoryLayer(ImmutableArray<Story> Stories);
