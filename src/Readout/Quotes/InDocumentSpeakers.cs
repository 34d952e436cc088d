using Readout.Core;
using Readout.Data;

namespace Readout.Quotes;

/// <summary>A speaker already named in the document, at the offset of the phrase that named them.</summary>
public readonly record struct NamedSpeaker(int At, string Name);

/// <summary>
/// Stand-in for the entity layer when it is absent: turns a speaker phrase into a name using the
/// document alone. A full name stays; a surname becomes the longest full name ending with it;
/// "he"/"she" the latest person named as a subject or speaker; "the diplomat" the person that
/// role was given to, else the latest speaker.
/// </summary>
public sealed class InDocumentSpeakers
{
    private const int RecentSpeakerReach = 400;

    private readonly Words words;
    private readonly IReadOnlyList<TextSpan> quoted;
    private readonly List<(int Start, int End, string Name, bool Titled)> names;

    public InDocumentSpeakers(Words words, IReadOnlyList<TextSpan> quoted)
    {
        this.words = words;
        this.quoted = quoted;
        names = FullNames();
    }

    public string? Resolve(TextSpan phrase, IReadOnlyList<NamedSpeaker> earlier)
    {
        if (words.IndexesIn(phrase) is not { } range)
        {
            return null;
        }

        var (first, last) = range;
        var head = words[last];
        if (first == last && QuoteLexicon.ClassOf(head.Text) is { } wordClass)
        {
            return wordClass == WordClass.Pronoun ? LatestPerson(phrase.Start, earlier) : null;
        }

        while (last > first && words[last].Text == ")")
        {
            while (last > first && words[last].Text != "(")
            {
                last--;
            }

            last--;
        }

        if (words[last].Capitalized || words[last].Text == ".")
        {
            return NameOf(first, last);
        }

        var description = first < last ? words.TextOf(first, last) : null;
        if (!QuoteLexicon.IsRole(words[last].Text))
        {
            // "The commission says", "a friend commented": a description that is no person's role names the speaker as well as the text can.
            return description;
        }

        // "the diplomat": whoever was given that role, else (when definite) the speaker just before, else the description itself.
        var definite = words[first].Is("the") || words[first].Text.EndsWith("’s", StringComparison.Ordinal) || words[first].Text.EndsWith("'s", StringComparison.Ordinal);
        var recent = definite ? earlier.LastOrDefault(s => s.At < phrase.Start && phrase.Start - s.At <= RecentSpeakerReach).Name : null;
        return Holder(words[last].Text, phrase.Start) ?? recent ?? description;
    }

    /// <summary>The name at the end of a phrase, titles and roles before it dropped; an outlet by its own name.</summary>
    private string NameOf(int first, int last)
    {
        var start = last;
        while (start > first && (words[start - 1].Capitalized || words[start - 1].Text == "." || words[start - 1].Text.Contains('-')))
        {
            start--;
        }

        if (Outlets.Find(words.TextOf(start, last)) is { } outlet)
        {
            return outlet.Name;
        }

        var nameStart = start;
        for (var i = start; i < last; i++)
        {
            if (QuoteLexicon.IsRole(words[i].Text) || QuoteLexicon.IsRole(words[i].Text + ".") || QuoteLexicon.ClassOf(words[i].Text) is not null)
            {
                nameStart = i + 1;
            }
        }

        while (nameStart < last && words[nameStart].Text == ".")
        {
            nameStart++;
        }

        var name = words.TextOf(nameStart, last);
        return nameStart == last ? LongestNameEndingWith(name, words[last].Start) ?? name : name;
    }

    /// <summary>The full name ending with the surname that the document uses most outside quotations (then the longest).</summary>
    private string? LongestNameEndingWith(string surname, int before)
    {
        var ending = names.Where(n => n.Name.EndsWith(" " + surname, StringComparison.Ordinal)).ToList();
        return ending.GroupBy(n => n.Name)
            .OrderByDescending(g => g.Any(n => n.Start < before))
            .ThenByDescending(g => g.Count(n => !InsideQuote(n.Start)))
            .ThenByDescending(g => g.Key.Length)
            .Select(g => g.Key).FirstOrDefault();
    }

    /// <summary>The latest person before the offset: a speaker, or a titled name that opens a clause.</summary>
    private string? LatestPerson(int before, IReadOnlyList<NamedSpeaker> earlier)
    {
        var persons = names.Where(n => n.Titled).Select(n => n.Name).Concat(earlier.Select(s => s.Name)).ToHashSet();
        var best = earlier.LastOrDefault(s => s.At < before);
        for (var i = words.FirstFrom(before) - 1; i >= 0 && words[i].Start > best.At; i--)
        {
            if (!words[i].Capitalized || InsideQuote(words[i].Start) || i > 0 && QuoteLexicon.ClassOf(words[i - 1].Text) == WordClass.Boundary)
            {
                continue;
            }

            var person = persons.FirstOrDefault(p => p == words[i].Text || p.EndsWith(" " + words[i].Text, StringComparison.Ordinal));
            if (person is not null)
            {
                return person;
            }
        }

        return best.Name;
    }

    /// <summary>The latest full name given the role just before it ("aide Yury Ushakov") or in an apposition after it.</summary>
    private string? Holder(string role, int before)
    {
        foreach (var name in names.Where(n => n.Start < before).Reverse())
        {
            var at = words.FirstFrom(name.Start);
            var end = words.FirstFrom(name.End);
            var apposition = end < words.Count && words[end].Text == "," ? Enumerable.Range(end, 8) : [];
            var near = Enumerable.Range(at - 4, 4).Concat(apposition).Where(i => i >= 0 && i < words.Count && words[i].Start < before);
            if (near.Any(i => words[i].Is(role)))
            {
                return name.Name;
            }
        }

        return null;
    }

    /// <summary>Runs of two or more capitalized words, titles dropped ("President Vladimir Putin" → "Vladimir Putin").</summary>
    private List<(int Start, int End, string Name, bool Titled)> FullNames()
    {
        var found = new List<(int, int, string, bool)>();
        var i = 0;
        while (i < words.Count)
        {
            if (!words[i].Capitalized || !words[i].IsLetters)
            {
                i++;
                continue;
            }

            var end = i;
            while (end + 1 < words.Count && !words.LineBreakBefore(end + 1)
                && (words[end + 1].Capitalized && words[end + 1].IsLetters || words[end + 1].Text == "." && words[end].Text.Length == 1))
            {
                end++;
            }

            var start = i;
            var titled = i > 0 && QuoteLexicon.IsRole(words[i - 1].Text)
                || i > 1 && words[i - 1].Text == "." && QuoteLexicon.IsRole(words[i - 2].Text + ".")
                || SpeaksOrHasRole(end + 1);
            for (var k = i; k < end; k++)
            {
                if (QuoteLexicon.IsRole(words[k].Text) || QuoteLexicon.IsRole(words[k].Text + ".") || QuoteLexicon.ClassOf(words[k].Text) is not null)
                {
                    start = k + 1;
                    titled |= QuoteLexicon.IsRole(words[k].Text) || QuoteLexicon.IsRole(words[k].Text + ".");
                }
            }

            while (start < end && words[start].Text == ".")
            {
                start++;
            }

            if (end > start)
            {
                found.Add((words[start].Start, words[end].End, words.TextOf(start, end), titled));
            }

            i = end + 1;
        }

        return found;
    }

    /// <summary>After a name: a cue verb ("Ushakov disclosed"), or an apposition giving a role (", a Kremlin aide,").</summary>
    private bool SpeaksOrHasRole(int next)
    {
        if (next < words.Count && words[next].Text == "(")
        {
            while (next < words.Count && words[next].Text != ")")
            {
                next++;
            }

            next++;
        }

        if (next >= words.Count)
        {
            return false;
        }

        if (QuoteLexicon.Cue(words[next].Text) is not null)
        {
            return true;
        }

        return words[next].Text == "," && Enumerable.Range(next + 1, 6).TakeWhile(i => i < words.Count && words[i].Text != ",").Any(i => QuoteLexicon.IsRole(words[i].Text));
    }

    private bool InsideQuote(int offset) => quoted.Any(span => span.Contains(offset));
}
