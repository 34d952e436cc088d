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
    public void Progress<T>(string label, IReadOnlyList<T> items, Action<T> work)
    {
        if (quiet || items.Count < 2 || !console.Profile.Capabilities.Interactive)
        {
            foreach (var item in items)
            {
                work(item);
            }

            return;
        }

        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(label, maxValue: items.Count);
                foreach (var item in items)
                {
                    work(item);
                    task.Increment(1);
                }
            });
    }
}
