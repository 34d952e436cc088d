using System.Collections.Immutable;

namespace Readout.Quotes;

/// <summary>Layer: the quotations of one document.</summary>
public sealed record QuoteLayer(ImmutableArray<Quotation> Quotes);
