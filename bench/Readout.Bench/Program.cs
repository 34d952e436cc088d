using BenchmarkDotNet.Running;
using Readout.Bench;

// "engine ..." runs the whole-engine benchmark, "stages ..." the per-article stages, "grow ..." adds to a built store,
// "latency --db STORE" times the queries on a built store in a process that does nothing else, "web ..." the web app's; anything else goes to BenchmarkDotNet.
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

if (args is ["latency", .. var latencyOptions])
{
    EngineBenchmark.Latencies(BenchArguments.Option(latencyOptions, "--db") ?? throw new ArgumentException("latency needs --db STORE"));
    return 0;
}

if (args is ["web", .. var webOptions])
{
    return await WebBenchmark.RunAsync(webOptions);
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
return 0;
