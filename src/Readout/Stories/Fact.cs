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
