using System.Collections.Immutable;

namespace Readout.Entities;

/// <summary>Whether words stand where a speaker does: before "said" (across "also", "later"), after "said", after "according to".</summary>
internal static class SpeechCues
{
    /// <summary>Whether a speech verb follows from <paramref name="index"/> on, past filler words ("also", "later").</summary>
    public static bool SpeechVerbAfter(ImmutableArray<NameUnit> units, int index)
    {
        while (index < units.Length && ReferenceLexicon.IsSpeakerFiller(units[index].Surface))
        {
            index++;
        }

        return index < units.Length && units[index].IsWord && ReferenceLexicon.IsSpeechVerb(units[index].Surface);
    }

    /// <summary>Whether units [start, end) are in a speaker's place: "X said", "said X", "according to X".</summary>
    public static bool IsSpeakerPosition(ImmutableArray<NameUnit> units, int start, int end) =>
        SpeechVerbAfter(units, end)
        || start > 0 && units[start - 1].IsWord && ReferenceLexicon.IsSpeechVerb(units[start - 1].Surface)
        || start > 1 && units[start - 1].Key == "to" && units[start - 2].Key == "according";
}
