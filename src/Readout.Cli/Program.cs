using Readout.Cli;

return await ReadoutCli.RunAsync(args, Console.Out, Console.Error);
