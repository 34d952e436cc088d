using System.Collections.Immutable;

namespace Readout.Core;

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
        where T : class => (T?)Layer(typeof(T));

    /// <summary>The layer of type <paramref name="type"/>, or null when no component added it.</summary>
    public object? Layer(Type type) => layers.GetValueOrDefault(type);

    public T Require<T>()
        where T : class => Layer<T>()
        ?? throw new InvalidOperationException($"Layer {typeof(T).Name} is missing on article '{Id}': the component that adds it must run first.");

    public Document With<T>(T layer)
        where T : class => With(typeof(T), layer);

    /// <summary>This document with <paramref name="layer"/> added (or replaced) as its layer of type <paramref name="type"/>.</summary>
    public Document With(Type type, object layer) =>
        type.IsInstanceOfType(layer)
            ? new(Article, Cleaned, layers.SetItem(type, layer))
            : throw new ArgumentException($"A {layer.GetType().Name} is not a {type.Name}.", nameof(layer));
}
