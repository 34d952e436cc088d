using BenchmarkDotNet.Running;
using Readout.Bench;

// "engine ..." runs the whole-engine benchmark, "stages ..." the per-article stages; anything else goes to BenchmarkDotNet.
if (args is ["engine", .. var options])
{
    return await EngineBenchmark.RunAsync(options);
}

if (args is ["stages", .. var stageOptions])
{
    return await StageBenchmark.RunAsync(stageOptions);
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
return 0;
