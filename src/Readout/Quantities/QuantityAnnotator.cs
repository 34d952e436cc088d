using Readout.Core;
using Readout.Times;

namespace Readout.Quantities;

/// <summary>Adds the <see cref="QuantityLayer"/>; numbers that belong to a time expression (needs the <see cref="TimeLayer"/>) are not quantities.</summary>
public sealed class QuantityAnnotator : IAnnotator
{
    public IReadOnlyList<Type> Requires { get; } = [typeof(TimeLayer)];

    public Type Adds => typeof(QuantityLayer);

    public Document Annotate(Document document) =>
        document.With(new QuantityLayer(QuantityRecognizer.Recognize(document.Text, document.Require<TimeLayer>().Times)));
}
