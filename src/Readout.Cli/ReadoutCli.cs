using System.CommandLine;

namespace Readout.Cli;

/// <summary>The command line: analyze, ingest, reanalyze, search, stories, show, timeline, watch. Writes only to the writers it is given.</summary>
public static class ReadoutCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Readout: many news reports in, one reconciled, sourced record of each event out.");
        foreach (var command in new[] { AnalyzeCommand.Create(), IngestCommand.Create(), ReanalyzeCommand.Create(), SearchCommand.Create(), StoriesCommand.Create(), ShowCommand.Create(), TimelineCommand.Create(), WatchCommand.Create(), MigrateCommand.Create(), SiloCommand.Create() })
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}");
            }

            await error.WriteLineAsync("Run 'readout --help' for usage.");
            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}
