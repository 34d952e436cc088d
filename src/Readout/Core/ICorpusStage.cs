namespace Readout.Core;

/// <summary>A stage that works across articles: reads the layers it requires and adds one corpus-level layer.</summary>
public interface ICorpusStage : IPipelineComponent
{
    Analysis Apply(Analysis analysis);
}
