using System.Diagnostics;

namespace Readout.Tests.Support;

/// <summary>Runs the real CLI as a child process (dotnet Readout.Cli.dll ...).</summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static async Task<Result> RunAsync(string workingDirectory, params string[] args)
    {
        await using var running = Start(workingDirectory, args);
        return await running.WaitAsync(Timeout.InfiniteTimeSpan);
    }

    /// <summary>Starts the CLI and leaves it running, for commands that run until stopped.</summary>
    public static Running Start(string workingDirectory, params string[] args) => new(Launch(workingDirectory, args));

    /// <summary>Starts the CLI with stdin closed and stdout and stderr redirected, for a test that reads its streams itself or kills it.</summary>
    public static Process Launch(string workingDirectory, params string[] args)
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

    /// <summary>A CLI process with its streams being read; disposing kills it if it still runs.</summary>
    public sealed class Running : IAsyncDisposable
    {
        private readonly Process process;
        private readonly Task<string> stdout;
        private readonly Task<string> stderr;

        public Running(Process process)
        {
            this.process = process;
            stdout = process.StandardOutput.ReadToEndAsync();
            stderr = process.StandardError.ReadToEndAsync();
        }

        public bool HasExited => process.HasExited;

        /// <summary>Asks the process to stop as a service manager would (POSIX only).</summary>
        public void SendSigterm()
        {
            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }

        /// <summary>Waits for the exit; throws TimeoutException when it does not come in time.</summary>
        public async Task<Result> WaitAsync(TimeSpan timeout)
        {
            using var limit = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"the CLI did not exit within {timeout}");
            }

            return new Result(process.ExitCode, await stdout, await stderr);
        }

        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }
    }
}
