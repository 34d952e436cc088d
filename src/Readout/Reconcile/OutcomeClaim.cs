using System.Collections.Frozen;

namespace Readout.Reconcile;

/// <summary>A sentence of one article that states an outcome of the story's event.</summary>
/// <param name="Core">The stemmed content words that carry the claim (names of the parties, stopwords and the agreement verb left out).</param>
/// <param name="Contact">For an agreement of the parties to talk again among themselves, who talks ("Donald Trump|Vladimir Putin"); else null.</param>
public sealed record OutcomeClaim(string Article, string Outlet, int Start, int End, string Text, string Type, string Modality, FrozenSet<string> Core, string? Contact = null);
