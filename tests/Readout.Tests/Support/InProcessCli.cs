using Readout.Cli;

namespace Readout.Tests.Support;

/// <summary>Runs the CLI's commands inside the test process, with its own stdout and stderr writers.</summary>
public static class InProcessCli
{
    public static async Task<CliProcess.Result> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await ReadoutCli.RunAsync(args, stdout, stderr);
        return new CliProcess.Result(exitCode, stdout.ToString(), stderr.ToString());
    }
}
