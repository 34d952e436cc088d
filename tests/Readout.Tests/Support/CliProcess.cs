using System.Diagnostics;

namespace Readout.Tests.Support;

/// <summary>Runs the real CLI as a child process (dotnet Readout.Cli.dll ...).</summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static async Task<Result> RunAsync(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts the CLI with stdin closed and stdout and stderr redirected, for a test that reads or kills it while it runs.</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Readout.Cli.dll");
        var info = new ProcessStartInfo("dotnet", ["exec", cli, .. args])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        info.Environment.Remove("READOUT_DB");
        var process = Process.Start(info)!;
        process.StandardInput.Close();
        return process;
    }
}
