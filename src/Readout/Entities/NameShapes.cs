using System.Collections.Immutable;
using Readout.Core;

namespace Readout.Entities;

/// <summary>
/// Where the text may hold a name nobody has claimed yet: runs of capitalized words (with
/// initials, particles and hyphenated parts) outside title-case headlines, not titles, not
/// words that never make a name.
/// </summary>
internal sealed class NameShapes
{
    public const int MaxNameUnits = 5;

    private readonly EntityReading reading;

    // The two start tests as delegates made once, not at every call.
    private readonly Func<int, bool> startsName;
    private readonly Func<int, bool> startsCapitalized;

    /// <summary>Whether a word, by its key, is used as a name in this document (see <see cref="UsedAsName"/>).</summary>
    private readonly Dictionary<string, bool> usedAsName = new(StringComparer.Ordinal);

    private bool[]? headlineUnits;

    public NameShapes(EntityReading reading)
    {
        this.reading = reading;
        startsName = StartsName;
        startsCapitalized = StartsCapitalized;
    }

    private ImmutableArray<NameUnit> Units => reading.Units;

    /// <summary>Whether an unknown name may start at <paramref name="index"/>: a capitalized word nobody has claimed, not a title.</summary>
    public bool StartsName(int index) =>
        StartsCapitalized(index) && reading.HitAt[index]?.Best.Kind != PhraseKind.Title
        && !ReferenceLexicon.IsOrganizationHead(Units[index].Surface) && !ReferenceLexicon.IsNotPersonWord(Units[index].Surface);

    public bool StartsCapitalized(int index) =>
        index < Units.Length && !reading.IsCovered(index) && Units[index].Capitalized && Letters.All(Units[index].Surface)
        && !ReferenceLexicon.IsNotName(Units[index].Surface) && ReferenceLexicon.PronounGender(Units[index].Surface) is null
        && !InHeadline(index);

    /// <summary>The end of a personal name starting at <paramref name="start"/> (capitalized words, initials, particles); <paramref name="start"/> when none.</summary>
    public int NameAt(int start) => CapitalizedRun(start, startsName);

    /// <summary>The end of a run of capitalized words starting at <paramref name="start"/>; <paramref name="start"/> when none.</summary>
    public int CapitalizedWordsAt(int start) => CapitalizedRun(start, startsCapitalized);

    private int CapitalizedRun(int start, Func<int, bool> starts)
    {
        if (!starts(start))
        {
            return start;
        }

        var end = start + 1;
        while (end < Units.Length && end - start < MaxNameUnits && !reading.LineBreakBetween(end - 1, end))
        {
            if (starts(end) || HyphenJoined(end))
            {
                end++;
            }
            else if (Units[end].Key == "." && Units[end - 1].Surface.Length == 1 && starts(end + 1))
            {
                end += 2;
            }
            else if (Units[end].IsWord && ReferenceLexicon.IsNameParticle(Units[end].Surface) && starts(end + 1))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>
    /// Whether a lone capitalized word is used as a name in this document: capitalized also inside
    /// sentences and never written in lower case (so "Sanders said" but not "Officials said").
    /// </summary>
    public bool UsedAsName(NameUnit word)
    {
        if (!Letters.AnyLower(word.Surface))
        {
            return false;
        }

        if (!usedAsName.TryGetValue(word.Key, out var used))
        {
            var seen = Enumerable.Range(0, Units.Length).Where(i => Units[i].IsWord && Units[i].Key == word.Key).ToList();
            used = seen.All(i => Units[i].Capitalized)
                && seen.Any(i => !InHeadline(i) && reading.Sentences.IndexAt(Units[i].Start) is var index && index >= 0
                    && reading.Sentences.Sentences[index].Start != Units[i].Start);
            usedAsName[word.Key] = used;
        }

        return used;
    }

    /// <summary>Whether the word is the lower-case part of a hyphenated name ("Ki-moon", "Jae-myung").</summary>
    private bool HyphenJoined(int index) =>
        Units[index].IsWord && !reading.IsCovered(index) && Units[index].Start == Units[index - 1].End + 1 && reading.Text[Units[index - 1].End] == '-';

    /// <summary>Whether the unit sits on a line written in title case (a headline), where capitals say nothing about names.</summary>
    private bool InHeadline(int index) => (headlineUnits ??= FindHeadlineUnits())[index];

    private bool[] FindHeadlineUnits()
    {
        var headline = new bool[Units.Length];
        var lineStart = 0;
        while (lineStart < Units.Length)
        {
            var lineEnd = lineStart + 1;
            while (lineEnd < Units.Length && !reading.LineBreakBetween(lineEnd - 1, lineEnd))
            {
                lineEnd++;
            }

            var words = Units.Skip(lineStart).Take(lineEnd - lineStart).Where(unit => unit.IsWord && unit.Surface.Length > 3).ToList();
            var titleCase = words.Count >= 4 && words.Count(unit => unit.Capitalized) * 10 >= words.Count * 9;
            Array.Fill(headline, titleCase, lineStart, lineEnd - lineStart);
            lineStart = lineEnd;
        }

        return headline;
    }
}
