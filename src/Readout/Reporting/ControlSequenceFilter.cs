using System.Text;

namespace Readout.Reporting;

/// <summary>
/// Removes what a terminal would obey rather than print from text that strangers wrote: escape
/// sequences (CSI such as colour or clear-screen, OSC such as title or clipboard writes, DCS, SOS,
/// PM and APC strings), C0 controls other than newline and tab, DEL, and C1 controls. It keeps its
/// state between calls, so a sequence split across two writes is still removed. An unterminated
/// string sequence ends at the next newline, so a stray OSC cannot swallow the rest of the output.
/// </summary>
public sealed class ControlSequenceFilter
{
    private const char Escape = '\u001b';

    private State state = State.Text;

    private enum State
    {
        Text,
        Escape,
        ControlSequence,
        ControlString,
        ControlStringEscape,
    }

    /// <summary><paramref name="text"/> with every control character and escape sequence removed.</summary>
    public static string Clean(string text)
    {
        if (!text.Any(NeedsFilter))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        new ControlSequenceFilter().Append(text, clean);
        return clean.ToString();
    }

    /// <summary>As <see cref="Clean"/>, on one line: newlines and tabs become spaces (for error lines and table cells).</summary>
    public static string OneLine(string text) =>
        Clean(text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '));

    /// <summary>Appends the printable part of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public void Append(ReadOnlySpan<char> text, StringBuilder output)
    {
        foreach (var c in text)
        {
            if (Accept(c))
            {
                output.Append(c);
            }
        }
    }

    /// <summary>Whether <paramref name="c"/> is printed, given the characters before it.</summary>
    public bool Accept(char c)
    {
        switch (state)
        {
            case State.Escape:
                state = c switch
                {
                    '[' => State.ControlSequence,
                    ']' or 'P' or 'X' or '^' or '_' => State.ControlString,
                    Escape => State.Escape,
                    >= ' ' and <= '/' => State.Escape, // intermediate bytes; the final byte ends the sequence
                    _ => State.Text,
                };
                return false;
            case State.ControlSequence:
                if (c is >= ' ' and <= '?')
                {
                    return false;
                }

                state = State.Text;
                return c is < '@' or > '~' && AcceptText(c);
            case State.ControlString:
                if (c == '\n')
                {
                    state = State.Text;
                    return true;
                }

                state = c switch
                {
                    '\u0007' or '\u009c' => State.Text,
                    Escape => State.ControlStringEscape,
                    _ => State.ControlString,
                };
                return false;
            case State.ControlStringEscape:
                state = c == '\\' ? State.Text : State.ControlString;
                return false;
            default:
                return AcceptText(c);
        }
    }

    private bool AcceptText(char c)
    {
        switch (c)
        {
            case '\n' or '\t':
                return true;
            case Escape:
                state = State.Escape;
                return false;
            case '\u009b':
                state = State.ControlSequence;
                return false;
            case '\u009d' or '\u0090' or '\u0098' or '\u009e' or '\u009f':
                state = State.ControlString;
                return false;
            default:
                return !NeedsFilter(c);
        }
    }

    private static bool NeedsFilter(char c) => c is < ' ' and not ('\n' or '\t') or (>= '\u007f' and <= '\u009f');
}
