using System.Collections.Immutable;
using Readout.Core;

namespace Readout.Entities;

/// <summary>
/// Where a text quotes someone: spans between double quotes (curly or straight) and single
/// quotes, telling a quote mark from an apostrophe (it's, Russia’s) by what surrounds it.
/// An unclosed quote ends at the paragraph break.
/// </summary>
public static class QuotedRegions
{
    public static ImmutableArray<TextSpan> Find(string text)
    {
        var regions = ImmutableArray.CreateBuilder<TextSpan>();
        var open = -1;
        var closer = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open >= 0)
            {
                var paragraphEnd = c == '\n' && i + 1 < text.Length && text[i + 1] == '\n';
                if (paragraphEnd || IsCloser(text, i, closer))
                {
                    regions.Add(new TextSpan(open, paragraphEnd ? i : i + 1));
                    open = -1;
                }

                continue;
            }

            var expected = OpenerFor(text, i);
            if (expected != '\0')
            {
                open = i;
                closer = expected;
            }
        }

        if (open >= 0)
        {
            regions.Add(new TextSpan(open, text.Length));
        }

        return regions.ToImmutable();
    }

    /// <summary>Whether <paramref name="offset"/> lies inside one of <paramref name="regions"/>.</summary>
    public static bool Inside(ImmutableArray<TextSpan> regions, int offset) => regions.Any(region => region.Contains(offset));

    /// <summary>The mark that would close a quote opened at <paramref name="i"/>, or '\0' when none opens there.</summary>
    private static char OpenerFor(string text, int i) => text[i] switch
    {
        '“' => '”',
        '‘' when StartsWord(text, i) => '’',
        '"' when StartsWord(text, i) => '"',
        '\'' when StartsWord(text, i) => '\'',
        _ => '\0',
    };

    private static bool IsCloser(string text, int i, char closer) => closer switch
    {
        '”' => text[i] == '”',
        '"' => text[i] == '"',
        _ => text[i] == closer && EndsWord(text, i),
    };

    private static bool StartsWord(string text, int i) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-')
        && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    private static bool EndsWord(string text, int i) =>
        i > 0 && !char.IsWhiteSpace(text[i - 1])
        && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]));
}
