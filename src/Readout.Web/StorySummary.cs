using System.Collections.Immutable;
using Readout.Reconcile;

namespace Readout.Web;

/// <summary>A stored story as the timeline lists it: its record, its articles' outlets, and agreement at a glance.</summary>
/// <param name="FirstPublished">The earliest publication time among its articles.</param>
/// <param name="Changed">The sequence number of the story's latest recorded change.</param>
public sealed record StorySummary(ReconciledStory Record, ImmutableArray<string> Outlets, string? FirstPublished, long Changed)
{
    public string Id => Record.Story.Id;

    public string? Date => Record.Event?.Date ?? Record.Story.Date ?? FirstPublished?[..Math.Min(10, FirstPublished.Length)];

    /// <summary>Slots whose articles give one value, and slots whose articles give several.</summary>
    public (int Agreeing, int Conflicting) Agreement { get; } = Agreements(Record);

    public int IndependentSources => Record.Provenance.IndependentSources(Record.Story.Articles);

    private static (int, int) Agreements(ReconciledStory record)
    {
        var slots = (record.Event?.Facts ?? []).Where(fact => fact.Slot != "outcome").GroupBy(fact => fact.Slot).ToList();
        var conflicting = slots.Count(slot => slot.Count() > 1);
        return (slots.Count - conflicting, conflicting);
    }
}
