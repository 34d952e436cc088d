namespace Readout.Pipeline;

/// <summary>A pipeline component: reads the layers it needs and adds exactly one layer.</summary>
public interface IAnnotator
{
    Document Annotate(Document document);
}
