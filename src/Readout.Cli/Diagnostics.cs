using Spectre.Console;

namespace Readout.Cli;

/// <summary>Everything meant for a person goes to stderr, so stdout stays clean JSON or Markdown.</summary>
public sealed class Diagnostics(bool quiet)
{
    private readonly IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
    });

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
