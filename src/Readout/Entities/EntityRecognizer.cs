using System.Collections.Immutable;
using Readout.Core;
using Readout.Data;
using Readout.Text;

namespace Readout.Entities;

/// <summary>
/// Finds the people, organizations, countries, places and outlets of a document and links every
/// mention of each: knowledge-base names and spelling variants (longest match), titles next to
/// names, unknown names in name-like places (after a title or Mr, before "said"), surnames,
/// descriptors ("the Kremlin aide", "the two presidents", "our President" from the outlet's
/// country) and pronouns. Needs <see cref="TokenLayer"/> and <see cref="SentenceLayer"/>; adds <see cref="EntityLayer"/>.
/// </summary>
public sealed class EntityRecognizer : IAnnotator
{
    public IReadOnlyList<Type> Requires { get; } = [typeof(TokenLayer), typeof(SentenceLayer)];

    public Type Adds => typeof(EntityLayer);

    public Document Annotate(Document document)
    {
        var tokens = document.Require<TokenLayer>().Tokens;
        var sentences = document.Require<SentenceLayer>();
        var sourceCountry = document.Article.Source is { } source ? Outlets.Find(source)?.Country : null;
        return document.With(Recognize(document.Text, tokens, sentences, sourceCountry));
    }

    /// <param name="sourceCountry">ISO alpha-2 code of the publishing outlet's country, for "our President".</param>
    public static EntityLayer Recognize(string text, ImmutableArray<Token> tokens, SentenceLayer sentences, string? sourceCountry) =>
        new DocumentReader(text, NameUnit.Of(text, tokens), sentences, sourceCountry).Read();
}
