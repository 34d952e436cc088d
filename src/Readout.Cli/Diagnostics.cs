using Spectre.Console;

namespace Readout.Cli;

/// <summary>Everything meant for a person goes to stderr, so stdout stays clean JSON or Markdown.</summary>
public sealed class Diagnostics
{
    private readonly bool quiet;
    private readonly IAnsiConsole console;

    /// <summary>Writes to <paramref name="error"/>: with colors and a progress bar on a terminal, as plain unwrapped lines elsewhere.</summary>
    public Diagnostics(bool quiet, TextWriter error)
    {
        this.quiet = quiet;
        var output = new AnsiConsoleOutput(error);
        console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = output,
            Ansi = output.IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            Interactive = output.IsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!output.IsTerminal)
        {
            console.Profile.Width = int.MaxValue;
        }
    }

    public bool Quiet => quiet;

    public void Error(string input, string reason) => console.MarkupLineInterpolated($"[red]error:[/] {input}: {reason}");

    public void Note(string message)
    {
        if (!quiet)
        {
            console.MarkupLineInterpolated($"[grey]{message}[/]");
        }
    }

    /// <summary>Runs <paramref name="work"/> over <paramref name="items"/> with a progress bar on stderr unless quiet.</summary>
    /// <summary>
    /// Runs <paramref name="work"/> over the items on all cores, a chunk at a time, and returns the
    /// results in input order; a progress bar on an interactive terminal advances per chunk.
    /// </summary>
    public IReadOnlyList<TResult> Progress<T, TResult>(string label, IReadOnlyList<T> items, Func<T, TResult> work)
    {
        var results = new List<TResult>(items.Count);
        void Run(Action<int> advanced)
        {
            foreach (var chunk in items.Chunk(Math.Max(1, Environment.ProcessorCount * 4)))
            {
                results.AddRange(chunk.AsParallel().AsOrdered().Select(work));
                advanced(chunk.Length);
            }
        }

        if (quiet || items.Count < 2 || !console.Profile.Capabilities.Interactive)
        {
            Run(_ => { });
            return results;
        }

        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(label, maxValue: items.Count);
                Run(count => task.Increment(count));
            });
        return results;
    }
}
