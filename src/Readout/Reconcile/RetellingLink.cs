namespace Readout.Reconcile;

/// <summary>Evidence that <see cref="Article"/> retells <see cref="Other"/> (an article id, or an outlet that is not in the batch).</summary>
public sealed record RetellingLink(string Article, string Other, RetellingKind Kind, string Evidence);
