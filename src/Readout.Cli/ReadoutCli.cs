using System.CommandLine;
using System.CommandLine.Help;
using Readout.Reporting;
using Readout.Storage;

namespace Readout.Cli;

/// <summary>The command line: analyze, ingest, reanalyze, search, stories, show, timeline, watch, serve, migrate, silo. Writes only to the writers it is given.</summary>
public static class ReadoutCli
{
    /// <summary>The command people type: the .NET tool's command name.</summary>
    public const string ProgramName = "readout";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var safeOutput = new TerminalSafeWriter(output, ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);
        var safeError = new TerminalSafeWriter(error, ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);
        try
        {
            ReadoutConfig.Use(ReadoutConfig.Load());
        }
        catch (UsageException bad)
        {
            await safeError.WriteLineAsync($"error: {bad.Message}");
            return ExitCodes.Usage;
        }

        var root = new RootCommand("Readout: many news reports in, one reconciled, sourced record of each event out.");
        foreach (var command in new[] { AnalyzeCommand.Create(), IngestCommand.Create(), ReanalyzeCommand.Create(), SearchCommand.Create(), StoriesCommand.Create(), ShowCommand.Create(), TimelineCommand.Create(), WatchCommand.Create(), ServeCommand.Create(), MigrateCommand.Create(), SiloCommand.Create() })
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await safeError.WriteLineAsync($"error: {parseError.Message}");
            }

            await safeError.WriteLineAsync("Run 'readout --help' for usage.");
            return ExitCodes.Usage;
        }

        if (parsed.Action is HelpAction)
        {
            // Help names the program as it was started (Readout.Cli under dotnet run); installed, it is readout.
            using var help = new StringWriter();
            var code = await parsed.InvokeAsync(new InvocationConfiguration { Output = help, Error = safeError });
            await safeOutput.WriteAsync(help.ToString().Replace(RootCommand.ExecutableName + " ", ProgramName + " ", StringComparison.Ordinal));
            return code;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = safeOutput, Error = safeError, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException usage)
        {
            await safeError.WriteLineAsync($"error: {usage.Message}");
            return ExitCodes.Usage;
        }
        catch (StoreUnavailableException unavailable)
        {
            await safeError.WriteLineAsync($"error: {unavailable.Message}");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            await safeError.WriteLineAsync("error: stopped before the end");
            return ExitCodes.Interrupted;
        }
        catch (Exception e)
        {
            // A fault of Readout's own, not of any input: one line, no stack trace.
            await safeError.WriteLineAsync($"error: internal error ({e.GetType().Name}: {ControlSequenceFilter.OneLine(ArticleStores.Masked(e.Message))}); please report it");
            return ExitCodes.InternalError;
        }
    }
}
