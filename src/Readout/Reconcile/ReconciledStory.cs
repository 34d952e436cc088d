using Readout.Stories;

namespace Readout.Reconcile;

/// <summary>A story with its reconciled event (null when no article asserts one) and who retells whom among its articles.</summary>
public sealed record ReconciledStory(Story Story, StoryEvent? Event, StoryProvenance Provenance);
