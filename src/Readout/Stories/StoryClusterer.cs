using System.Globalization;
using Readout.Core;
using Readout.Entities;
using Readout.Events;
using Readout.Sentences;
using Readout.Times;
using Readout.Tokens;

namespace Readout.Stories;

/// <summary>
/// Corpus stage: feeds the documents one at a time, in their order, into an <see cref="IncrementalStoryIndex"/>,
/// settles it, and adds the <see cref="StoryLayer"/>: every article in exactly one story.
/// </summary>
public sealed class StoryClusterer(StoryClusteringOptions? options = null) : ICorpusStage
{
    public IReadOnlyList<Type> Requires { get; } = [typeof(TokenLayer), typeof(SentenceLayer), typeof(EntityLayer), typeof(TimeLayer), typeof(EventLayer)];

    public Type Adds => typeof(StoryLayer);

    public Analysis Apply(Analysis analysis)
    {
        var index = new IncrementalStoryIndex(options);
        // Features and vectors are made on all cores while the index places the articles in their order.
        foreach (var vector in ParallelWork.InOrder(analysis.Documents).Select(document => index.VectorOf(FeatureExtractor.Extract(document))))
        {
            index.Add(vector);
        }

        index.Settle();
        return analysis.With(new StoryLayer([.. index.Stories().Select(cluster => new Story(
            cluster.Id,
            [.. cluster.Articles.Select(article => article.Id)],
            Headline(cluster),
            cluster.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))]));
    }

    /// <summary>"Vladimir Putin, Donald Trump: CONSULT, 2025-12-28" when the central article codes its event, else its title or lead.</summary>
    public static string? Headline(StoryCluster cluster)
    {
        if (cluster.Central.Event is not { } signature)
        {
            return cluster.Central.Label;
        }

        var parts = new List<string>();
        if (signature.Participants.Length > 0)
        {
            parts.Add(string.Join(", ", signature.Participants) + ":");
        }

        parts.Add(signature.Type);
        if ((cluster.Date ?? signature.Date) is { } date)
        {
            parts[^1] += ",";
            parts.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return string.Join(' ', parts);
    }
}
