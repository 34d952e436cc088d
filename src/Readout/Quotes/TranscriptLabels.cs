using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Readout.Core;

namespace Readout.Quotes;

/// <summary>
/// Finds transcript speaker labels: at the start of a line (or just inside an opening quotation
/// mark), up to eight words, the last capitalized, then a colon and the words. A headline in
/// title case after the colon ("Pence: Flowers Won't Be at Debate") is no transcript.
/// </summary>
public static partial class TranscriptLabels
{
    /// <summary>
    /// Labels outside quotation marks. Outside a transcript a line may open with "Topic: ..." too, so
    /// a label counts only when it names a role ("Aide to the President Yury Ushakov"), is in capitals
    /// ("PENCE"), or is a bare name that comes back, as speakers' turns do.
    /// </summary>
    public static ImmutableArray<TranscriptLabel> Find(string text)
    {
        var labels = LabelRegex().Matches(text).Select(match => match.Groups["label"]).Where(group => IsLabel(group.Value) && !HeadlineFollows(text, group.Index + group.Length + 1))
            .Select(group => new TranscriptLabel(new TextSpan(group.Index, group.Index + group.Length), BodyStartAfter(text, group.Index + group.Length + 1)))
            .ToList();
        var repeated = labels.GroupBy(label => label.Label.Of(text)).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet();
        return [.. labels.Where(label => label.Label.Of(text) is var name
            && (name.Split(' ').Any(QuoteLexicon.IsRole) || name.All(c => !char.IsLower(c)) || repeated.Contains(name) && name.Split(' ').All(w => QuoteLexicon.ClassOf(w) is null)))];
    }

    /// <summary>The label opening the text at <paramref name="start"/>, if any.</summary>
    public static TranscriptLabel? At(string text, int start, int end)
    {
        var match = LabelRegex().Match(text[start..end]);
        if (!match.Success || match.Index != 0)
        {
            return null;
        }

        var label = match.Groups["label"];
        return IsLabel(label.Value) && !HeadlineFollows(text, start + label.Index + label.Length + 1)
            ? new TranscriptLabel(new TextSpan(start + label.Index, start + label.Index + label.Length), BodyStartAfter(text, start + label.Index + label.Length + 1))
            : null;
    }

    private static bool IsLabel(string label)
    {
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words[^1];
        if (label.Length < 2 || !char.IsUpper(last[0]) || words.Any(w => QuoteLexicon.ClassOf(w.TrimEnd('.')) == WordClass.Heading))
        {
            return false;
        }

        // Lower-case words may only join names ("Aide to the President ..."), as function words; a
        // label names a person: a full name, a role, or a name in capitals ("PENCE").
        var names = words.Where(w => char.IsUpper(w[0]) && QuoteLexicon.ClassOf(w) is null).ToList();
        return words.All(w => char.IsUpper(w[0]) || QuoteLexicon.ClassOf(w) is WordClass.Boundary or WordClass.Determiner)
            && (names.Count >= 2 || words.Any(QuoteLexicon.IsRole) || label.All(c => !char.IsLower(c)));
    }

    /// <summary>Most words after the colon capitalized, as in a headline.</summary>
    private static bool HeadlineFollows(string text, int from)
    {
        var lineEnd = text.IndexOf('\n', from);
        var words = text[from..(lineEnd < 0 ? text.Length : lineEnd)].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 3 && char.IsLetter(w[0])).ToList();
        return words.Count >= 3 && words.Count(w => char.IsUpper(w[0])) * 3 > words.Count * 2;
    }

    private static int BodyStartAfter(string text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from;
    }

    [GeneratedRegex(@"(?<=^|\n)[""“'‘]?(?<label>[\p{Lu}][\p{L}.\-’']*(?: [\p{L}][\p{L}.\-’']*){0,7}):[ \t]+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex LabelRegex();
}
