using System.Collections.Immutable;

namespace Readout.Pipeline;

/// <summary>
/// The result of analyzing a batch: the analyzed documents plus corpus-level layers
/// (stories, quote alignment, provenance) that stages spanning articles add.
/// </summary>
public sealed class Analysis
{
    private readonly ImmutableDictionary<Type, object> layers;

    public Analysis(ImmutableArray<Document> documents)
        : this(documents, ImmutableDictionary<Type, object>.Empty)
    {
    }

    private Analysis(ImmutableArray<Document> documents, ImmutableDictionary<Type, object> layers)
    {
        Documents = documents;
        this.layers = layers;
    }

    public ImmutableArray<Document> Documents { get; }

    public T? Layer<T>()
        where T : class => layers.TryGetValue(typeof(T), out var layer) ? (T)layer : null;

    public Analysis With<T>(T layer)
        where T : class => new(Documents, layers.SetItem(typeof(T), layer));
}

/// <summary>A stage that works across documents and adds one corpus-level layer.</summary>
public interface ICorpusStage
{
    Analysis Apply(Analysis analysis);
}
