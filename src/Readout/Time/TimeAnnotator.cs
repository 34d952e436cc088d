using Readout.Pipeline;

namespace Readout.Time;

/// <summary>Adds the <see cref="TimeLayer"/>: time expressions resolved against the publication date.</summary>
public sealed class TimeAnnotator : IAnnotator
{
    public Document Annotate(Document document) =>
        document.With(new TimeLayer(TimeRecognizer.Recognize(document.Text, document.Article.PublishedDate)));
}
