using Readout.Core;

namespace Readout.Times;

/// <summary>Adds the <see cref="TimeLayer"/>: time expressions resolved against the publication date.</summary>
public sealed class TimeAnnotator : IAnnotator
{
    public IReadOnlyList<Type> Requires { get; } = [];

    public Type Adds => typeof(TimeLayer);

    public Document Annotate(Document document) =>
        document.With(new TimeLayer(TimeRecognizer.Recognize(document.Text, document.Article.PublishedDate)));
}
