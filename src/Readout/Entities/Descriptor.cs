using System.Collections.Immutable;

namespace Readout.Entities;

/// <summary>
/// A title with a determiner and no name beside it ("the Kremlin aide", "our President", "the two
/// presidents"): a reference to someone, resolved by <see cref="ReferenceResolver"/>.
/// </summary>
/// <param name="Countries">ISO alpha-2 codes the words around the title give ("the Russian and US leaders").</param>
/// <param name="Organization">The organization the words around the title give ("the NATO chief").</param>
/// <param name="Former">"The former president": not the office's holder at the time of writing.</param>
public sealed record Descriptor(int Start, int End, Title Title, ImmutableArray<string> Countries, string? Organization, Determiner Determiner, bool Former);
