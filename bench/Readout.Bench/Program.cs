using BenchmarkDotNet.Running;
using Readout.Bench;

// "engine ..." runs the whole-engine benchmark, "stages ..." the per-article stages, "grow ..." adds to a built store, "web ..." the web app's; anything else goes to BenchmarkDotNet.
if (args is ["engine", .. var options])
{
    return await EngineBenchmark.RunAsync(options);
}

if (args is ["stages", .. var stageOptions])
{
    return await StageBenchmark.RunAsync(stageOptions);
}

if (args is ["grow", .. var growOptions])
{
    return await GrowBenchmark.RunAsync(growOptions);
}

if (args is ["web", .. var webOptions])
{
    return await WebBenchmark.RunAsync(webOptions);
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
return 0;
