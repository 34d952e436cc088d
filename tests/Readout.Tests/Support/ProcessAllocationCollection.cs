namespace Readout.Tests.Support;

/// <summary>
/// Tests that measure what the whole process allocates run alone: another test running beside
/// them would add its own allocations to the measurement.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessAllocationCollection
{
    public const string Name = "measures what the process allocates";
}
