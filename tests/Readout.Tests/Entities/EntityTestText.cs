using Readout.Core;
using Readout.Entities;
using Readout.Pipeline;
using Readout.Text;

namespace Readout.Tests.Entities;

/// <summary>Runs the stages the entity recognizer needs over a test text.</summary>
internal static class EntityTestText
{
    public static (string Text, EntityLayer Layer) Read(string text, string? source = null)
    {
        var document = AnalysisPipeline.Prepare(new Article("test", text, "test", Source: source));
        foreach (var annotator in new IAnnotator[] { new SentenceSplitter(), new Tokenizer(), new EntityRecognizer() })
        {
            document = annotator.Annotate(document);
        }

        return (document.Text, document.Require<EntityLayer>());
    }

    public static Entity Single(this EntityLayer layer, string name) => Assert.Single(layer.Entities, entity => entity.Name == name);

    /// <summary>The entity a phrase (its first occurrence at or after <paramref name="from"/>) is linked to.</summary>
    public static Entity? At(this (string Text, EntityLayer Layer) read, string phrase, int from = 0)
    {
        var offset = read.Text.IndexOf(phrase, from, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{phrase}' is not in the text");
        return read.Layer.EntitiesAt(offset).SingleOrDefault();
    }
}
