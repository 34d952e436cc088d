using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Readout.Bench.PipelineBenchmarks).Assembly).Run(args);
