namespace Readout.Core;

/// <summary>
/// What a pipeline component reads and what it adds, as layer types. The pipeline checks, when
/// it is built, that an earlier component adds every layer a component requires.
/// </summary>
public interface IPipelineComponent
{
    /// <summary>The layers (per-article or corpus) this component reads.</summary>
    IReadOnlyList<Type> Requires { get; }

    /// <summary>The one layer this component adds.</summary>
    Type Adds { get; }
}
