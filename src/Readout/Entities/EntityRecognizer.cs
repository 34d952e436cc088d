using System.Collections.Immutable;
using Readout.Core;
using Readout.Sentences;
using Readout.Tokens;

namespace Readout.Entities;

/// <summary>
/// Finds the people, organizations, countries, places and outlets of a document and links the
/// mentions that name each, in passes: knowledge-base names and spelling variants (longest
/// match), titles next to names, unknown names in name-like places (after a title or Mr, before
/// "said"), then surnames. Titles that name nobody are kept as descriptors for
/// <see cref="ReferenceResolver"/>. Needs <see cref="TokenLayer"/> and <see cref="SentenceLayer"/>; adds <see cref="EntityLayer"/>.
/// </summary>
public sealed class EntityRecognizer : IAnnotator
{
    public IReadOnlyList<Type> Requires { get; } = [typeof(TokenLayer), typeof(SentenceLayer)];

    public Type Adds => typeof(EntityLayer);

    public Document Annotate(Document document) =>
        document.With(Recognize(TokenView.Of(document), document.Require<SentenceLayer>()));

    public static EntityLayer Recognize(TokenView view, SentenceLayer sentences)
    {
        var reading = new EntityReading(view.Text, NameUnit.Of(view), sentences);
        var shapes = new NameShapes(reading);
        KnownNamePlacer.Place(reading);
        var descriptors = new TitleReader(reading, shapes).Read();
        new UnknownNameFinder(reading, shapes).Find();
        SurnameLinker.Link(reading, shapes);
        reading.Table.MergeSurnamesIntoFullNames();
        return reading.Table.ToLayer() with { Descriptors = descriptors };
    }
}
