using Readout.Cleaning;
using Readout.Core;
using Readout.Sentences;
using Readout.Tokens;

namespace Readout.Entities;

/// <summary>
/// Resolves what the entity stage could not name: pronouns, descriptors ("the Kremlin aide",
/// "our President" from the outlet's country) and groups ("the two presidents"). A descriptor
/// goes to a person named earlier who fits it, else to the office-holder the knowledge base
/// places in office on the article's publication date, when the words (or the office itself)
/// make the country or organization clear. Needs <see cref="EntityLayer"/>, <see cref="TokenLayer"/>
/// and <see cref="SentenceLayer"/>; adds <see cref="ReferenceLayer"/>.
/// </summary>
public sealed class ReferenceResolver : IAnnotator
{
    public IReadOnlyList<Type> Requires { get; } = [typeof(TokenLayer), typeof(SentenceLayer), typeof(EntityLayer)];

    public Type Adds => typeof(ReferenceLayer);

    public Document Annotate(Document document)
    {
        var sourceCountry = document.Article.Source is { } source ? Outlets.Find(source)?.Country : null;
        var reader = new ReferenceReader(
            document.Text,
            NameUnit.Of(TokenView.Of(document)),
            document.Require<SentenceLayer>(),
            document.Require<EntityLayer>(),
            new ReferenceContext(sourceCountry, document.Article.PublishedDate));
        return document.With(reader.Read());
    }
}
