using Readout.Core;
using Readout.Entities;
using Readout.Pipeline;
using Readout.Sentences;
using Readout.Tokens;

namespace Readout.Tests.Entities;

/// <summary>A test text read by the entity and reference stages.</summary>
internal sealed record Read(string Text, EntityLayer Layer, ReferenceLayer References);

/// <summary>Runs the stages the entity recognizer and the reference resolver need over a test text.</summary>
internal static class EntityTestText
{
    public static Read Read(string text, string? source = null, string? published = null)
    {
        var document = AnalysisPipeline.Prepare(new Article("test", text, "test", Source: source, Published: published));
        foreach (var annotator in new IAnnotator[] { new SentenceSplitter(), new Tokenizer(), new EntityRecognizer(), new ReferenceResolver() })
        {
            document = annotator.Annotate(document);
        }

        return new Read(document.Text, document.Require<EntityLayer>(), document.Require<ReferenceLayer>());
    }

    public static Entity Single(this EntityLayer layer, string name) => Assert.Single(layer.Entities, entity => entity.Name == name);

    /// <summary>The entity a phrase (its first occurrence at or after <paramref name="from"/>) names or refers to.</summary>
    public static Entity? At(this Read read, string phrase, int from = 0) => read.AllAt(phrase, from).SingleOrDefault();

    /// <summary>Every entity a phrase names or refers to (all members of a group).</summary>
    public static IReadOnlyList<Entity> AllAt(this Read read, string phrase, int from = 0)
    {
        var offset = read.Text.IndexOf(phrase, from, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{phrase}' is not in the text");
        return [.. read.Layer.EntitiesAt(offset).Concat(read.References.EntitiesAt(offset)).Distinct()];
    }
}
