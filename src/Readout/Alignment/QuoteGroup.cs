using System.Collections.Immutable;

namespace Readout.Alignment;

/// <summary>The renderings of one statement across articles (translations, paraphrases, truncations).</summary>
public sealed record QuoteGroup(string Id, string? Speaker, ImmutableArray<QuoteVariant> Variants);
