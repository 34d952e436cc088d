using Readout.Reporting;
using Spectre.Console;
using Readout.Core;

namespace Readout.Cli;

/// <summary>Everything meant for a person goes to stderr, so stdout stays clean JSON or Markdown.</summary>
public sealed class Diagnostics
{
    private readonly bool quiet;
    private readonly TextWriter error;
    private readonly TextWriter? terminal;

    /// <summary>
    /// Writes to <paramref name="error"/>: each error and note as one unwrapped line, in colour and with a
    /// progress bar only when it is a terminal (and NO_COLOR is not set).
    /// </summary>
    public Diagnostics(bool quiet, TextWriter error)
    {
        this.quiet = quiet;
        this.error = error;
        terminal = error is TerminalSafeWriter { IsTerminal: true } safe ? safe.Inner : null;
    }

    public bool Quiet => quiet;

    private bool Colour => terminal is not null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>One line, <c>error: INPUT: reason</c>, whatever the input and reason hold.</summary>
    public void Error(string input, string reason) =>
        Line("error:", "\u001b[31m", $"{ControlSequenceFilter.OneLine(input)}: {ControlSequenceFilter.OneLine(reason)}");

    /// <summary>A line saying that something was read but not as well as it should be; shown even when quiet.</summary>
    public void Warning(string input, string message) =>
        Line("warning:", "\u001b[33m", $"{ControlSequenceFilter.OneLine(input)}: {ControlSequenceFilter.OneLine(message)}");

    public void Note(string message)
    {
        if (!quiet)
        {
            lock (error)
            {
                error.WriteLine(ControlSequenceFilter.OneLine(message));
            }
        }
    }

    private void Line(string label, string colour, string text)
    {
        lock (error)
        {
            if (Colour)
            {
                terminal!.Write($"{colour}{label}\u001b[0m ");
            }
            else
            {
                error.Write(label + " ");
            }

            error.WriteLine(text);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> over the items on all cores and returns the results in input
    /// order; a progress bar on an interactive terminal advances as they come in. One query over
    /// every item, so no core waits for the slowest item of a chunk.
    /// </summary>
    public IReadOnlyList<TResult> Progress<T, TResult>(string label, IReadOnlyList<T> items, Func<T, TResult> work)
    {
        var results = new List<TResult>(items.Count);
        void Run(Action<int> advanced)
        {
            foreach (var result in ParallelWork.InOrder(items).Select(work))
            {
                results.Add(result);
                advanced(1);
            }
        }

        if (quiet || items.Count < 2 || terminal is null)
        {
            Run(_ => { });
            return results;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(terminal),
            Ansi = Colour ? AnsiSupport.Detect : AnsiSupport.No,
            Interactive = InteractionSupport.Detect,
        });
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
