using System.Text;
using Readout.Reporting;

namespace Readout.Cli;

/// <summary>
/// Everything the commands write passes through here on its way to stdout or stderr, so control
/// characters and escape sequences from article text, ids, titles, sources, file names or server
/// replies never reach a terminal. <see cref="Inner"/> is for the program's own colours and
/// progress bar, written only when <see cref="IsTerminal"/>.
/// </summary>
public sealed class TerminalSafeWriter(TextWriter inner, bool isTerminal) : TextWriter
{
    private readonly ControlSequenceFilter filter = new();

    public TextWriter Inner => inner;

    /// <summary>Whether this stream goes to a terminal (not a pipe, file or test's string writer).</summary>
    public bool IsTerminal => isTerminal;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (filter.Accept(value))
        {
            inner.Write(value);
        }
    }

    public override void Write(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Write(value.AsSpan());
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        var clean = new StringBuilder(buffer.Length);
        filter.Append(buffer, clean);
        inner.Write(clean.ToString());
    }

    public override void WriteLine(string? value) => Write((value ?? string.Empty) + NewLine);

    public override void Flush() => inner.Flush();

    public override Task FlushAsync() => inner.FlushAsync();
}
