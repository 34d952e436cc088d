using System.CommandLine;

namespace Readout.Cli;

/// <summary>The command line: analyze, ingest, reanalyze, search, stories, show, timeline, watch. Writes only to the writers it is given.</summary>
public static class ReadoutCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var safeOutput = new TerminalSafeWriter(output, ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);
        var safeError = new TerminalSafeWriter(error, ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);
        var root = new RootCommand("Readout: many news reports in, one reconciled, sourced record of each event out.");
        foreach (var command in new[] { AnalyzeCommand.Create(), IngestCommand.Create(), ReanalyzeCommand.Create(), SearchCommand.Create(), StoriesCommand.Create(), ShowCommand.Create(), TimelineCommand.Create(), WatchCommand.Create() })
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

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = safeOutput, Error = safeError, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException usage)
        {
            await safeError.WriteLineAsync($"error: {usage.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault of Readout's own, not of any input: one line, no stack trace.
            await safeError.WriteLineAsync($"error: internal error ({e.GetType().Name}: {e.Message}); please report it");
            return ExitCodes.InternalError;
        }
    }
}
