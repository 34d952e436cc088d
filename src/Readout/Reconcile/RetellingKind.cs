namespace Readout.Reconcile;

public enum RetellingKind
{
    /// <summary>The article says it relays the other outlet ("citing TASS").</summary>
    Cites,

    /// <summary>Long passages of the two texts are the same.</summary>
    NearDuplicate,

    /// <summary>
    /// The two articles carry the same statements: several aligned quotations, or a quotation
    /// of words the other article states itself (its transcript or release).
    /// </summary>
    SharedQuotes,

    /// <summary>Both mainly relay the same person's statements (one briefing, one transcript).</summary>
    SameBriefing,
}
