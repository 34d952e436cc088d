using System.Collections.Immutable;

namespace Readout.Core;

/// <summary>
/// The result of analyzing a batch: the analyzed documents plus the corpus-level layers
/// (stories, quote alignment, reconciled stories) that stages spanning articles add.
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
        where T : class => (T?)Layer(typeof(T));

    /// <summary>The corpus layer of type <paramref name="type"/>, or null when no stage added it.</summary>
    public object? Layer(Type type) => layers.GetValueOrDefault(type);

    public T Require<T>()
        where T : class => Layer<T>()
        ?? throw new InvalidOperationException($"Corpus layer {typeof(T).Name} is missing: the stage that adds it must run first.");

    public Analysis With<T>(T layer)
        where T : class => new(Documents, layers.SetItem(typeof(T), layer));
}
