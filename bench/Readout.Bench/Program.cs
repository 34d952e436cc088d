using BenchmarkDotNet.Running;
using Readout.Bench;

// "engine ..." runs the whole-engine benchmark; anything else goes to BenchmarkDotNet.
if (args is ["engine", .. var options])
{
    return await EngineBenchmark.RunAsync(options);
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
return 0;
