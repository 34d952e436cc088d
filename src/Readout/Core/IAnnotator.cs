namespace Readout.Core;

/// <summary>A per-article component: reads the layers it requires and adds exactly one layer.</summary>
public interface IAnnotator : IPipelineComponent
{
    Document Annotate(Document document);
}
