using System.CommandLine;
using Readout.Cli;

return await ReadoutCommand.Build().Parse(args).InvokeAsync();
