using System.Collections.Immutable;
using Readout.Ingest;
using Readout.Text;

namespace Readout.Pipeline;

/// <summary>
/// One analyzed article: its metadata, its cleaned text with the map back to the raw text,
/// and the annotation layers the pipeline components added, keyed by layer type.
/// Immutable: adding a layer returns a new document.
/// </summary>
public sealed class Document
{
    private readonly ImmutableDictionary<Type, object> layers;

    public Document(Article article, CleanedText cleaned)
        : this(article, cleaned, ImmutableDictionary<Type, object>.Empty)
    {
    }

    private Document(Article article, CleanedText cleaned, ImmutableDictionary<Type, object> layers)
    {
        Article = article;
        Cleaned = cleaned;
        this.layers = layers;
    }

    public Article Article { get; }

    public CleanedText Cleaned { get; }

    public string Id => Article.Id;

    public string Text => Cleaned.Text;

    public T? Layer<T>()
        where T : class => layers.TryGetValue(typeof(T), out var layer) ? (T)layer : null;

    public T Require<T>()
        where T : class => Layer<T>()
        ?? throw new InvalidOperationException($"Layer {typeof(T).Name} is missing on article '{Id}': the component that adds it must run first.");

    public Document With<T>(T layer)
        where T : class => new(Article, Cleaned, layers.SetItem(typeof(T), layer));
}
