using System.Collections.Immutable;
using Readout.Entities;

namespace Readout.Events;

/// <summary>
/// Reads the participants of a trigger from the names around it: names before the trigger in
/// its clause act, names after it receive, a passive trigger turns that round, taking the
/// actor from its "by" phrase ("was attacked by rebels"), and the names after "between" are all
/// actors ("talks between Putin and Trump"). A name that only names a building ("President
/// Wilson's Hotel") is no party.
/// </summary>
public static class Participants
{
    /// <summary>Most words between a place preposition and the place name ("in the western province of Herat").</summary>
    private const int PlaceWindow = 4;

    /// <summary>Most words between an initiator cue and the initiator's name.</summary>
    private const int InitiatorWindow = 5;

    /// <summary>
    /// The actors and recipients of the trigger. Names before a reporting verb or in a report's source
    /// ("Ushakov said", "according to Ushakov") are the source, not a party; recipients stop at the
    /// next trigger (<paramref name="nextTrigger"/>), whose parties they are.
    /// </summary>
    public static EventParticipants Of(SentenceView sentence, PatternMatch match, int nextTrigger, ImmutableArray<NameSpan> names, SentenceCues cues)
    {
        names = [.. names.Where(n => !NamesFacility(sentence, n, cues))];
        var clause = sentence.Clause[match.First];
        var sourceEnd = Enumerable.Range(0, match.First).LastOrDefault(i => cues.Reporting.Contains(sentence.Words[i]), -1);
        var parties = names.Where(n => n.First > sourceEnd).ToImmutableArray();
        var before = parties.Where(n => n.Last <= match.First && sentence.Clause[n.First] == clause).ToList();
        if (before.Count == 0)
        {
            before = LastGroupBefore(sentence, parties, match.First);
        }

        var after = names.Where(n => n.First >= match.Last && n.First < Math.Max(nextTrigger, match.Last) && sentence.Clause[n.First] == clause).ToList();
        if (match.Last < sentence.Words.Length && cues.Between.Contains(sentence.Words[match.Last]))
        {
            return new EventParticipants(Distinct(FirstGroupFrom(sentence, after, match.Last)), [], false);
        }

        if (!IsPassive(sentence, match, cues))
        {
            return new EventParticipants(Distinct(before), Distinct(after), false);
        }

        var agentAt = Enumerable.Range(match.Last, Math.Max(0, sentence.Words.Length - match.Last))
            .Where(i => sentence.Clause[i] == clause && cues.Agent.Contains(sentence.Words[i]))
            .Select(i => (int?)i)
            .FirstOrDefault();
        var agents = agentAt is { } at ? FirstGroupFrom(sentence, after, at) : [];
        return new EventParticipants(Distinct(agents), Distinct(before), true);
    }

    /// <summary>
    /// The party that started the interaction: the owner of an initiative noun ("at the US President's
    /// initiative"), the name after an initiator cue ("initiated by"), else the sole subject of a verb
    /// such as "called".
    /// </summary>
    public static string? Initiator(SentenceView sentence, PatternMatch match, ImmutableArray<NameSpan> names, SentenceCues cues, EventParticipants participants)
    {
        for (var i = 0; i < sentence.Words.Length; i++)
        {
            var ownerEnd = i > 0 && sentence.Words[i - 1] is "'s" or "'" ? i - 1 : i;
            if (cues.InitiativeNouns.Contains(sentence.Words[i]) && names.FirstOrDefault(n => n.Last == ownerEnd) is { } owner)
            {
                return owner.Name;
            }
        }

        foreach (var phrase in cues.Initiator)
        {
            for (var start = 0; start < sentence.Words.Length; start++)
            {
                if (sentence.PhraseAt(phrase, start)
                    && names.FirstOrDefault(n => n.First >= start + phrase.Length && n.First <= start + phrase.Length + InitiatorWindow) is { } name)
                {
                    return name.Name;
                }
            }
        }

        return match.Pattern.SubjectInitiates && participants.Actors.Length == 1 ? participants.Actors[0] : null;
    }

    /// <summary>The first place named after a place preposition following the trigger ("in Tokyo"), or null.</summary>
    public static string? Place(SentenceView sentence, PatternMatch match, ImmutableArray<NameSpan> names, SentenceCues cues) =>
        names.FirstOrDefault(n => n.First >= match.Last
            && n.Type is null or EntityType.Place or EntityType.Country
            && Enumerable.Range(Math.Max(match.Last, n.First - PlaceWindow), n.First - Math.Max(match.Last, n.First - PlaceWindow))
                .Any(i => cues.Place.Contains(sentence.Words[i]) && !names.Any(other => other.First > i && other.First < n.First)))?.Name;

    /// <summary>A name that only names a building or estate ("President Wilson's Hotel", "the Wilson Hotel").</summary>
    private static bool NamesFacility(SentenceView sentence, NameSpan name, SentenceCues cues)
    {
        var next = name.Last < sentence.Words.Length && sentence.Words[name.Last] is "'s" or "'" ? name.Last + 1 : name.Last;
        return next < sentence.Words.Length && cues.Facilities.Contains(sentence.Words[next]);
    }

    private static bool IsPassive(SentenceView sentence, PatternMatch match, SentenceCues cues)
    {
        var trigger = sentence.Words[match.First];
        if (!(trigger.EndsWith("ed", StringComparison.Ordinal) || trigger.EndsWith("en", StringComparison.Ordinal) || trigger.EndsWith('t')))
        {
            return false;
        }

        var i = match.First - 1;
        while (i >= 0 && (sentence.Words[i].EndsWith("ly", StringComparison.Ordinal) || sentence.Words[i] is "not" or "never" or "been"))
        {
            if (sentence.Words[i] == "been")
            {
                return true;
            }

            i--;
        }

        return i >= 0 && cues.Passive.Contains(sentence.Words[i]);
    }

    /// <summary>The last name before <paramref name="index"/> with the names joined to it by "and" or commas.</summary>
    private static List<NameSpan> LastGroupBefore(SentenceView sentence, ImmutableArray<NameSpan> names, int index)
    {
        var before = names.Where(n => n.Last <= index).ToList();
        if (before.Count == 0)
        {
            return [];
        }

        var group = new List<NameSpan> { before[^1] };
        for (var k = before.Count - 2; k >= 0 && Joined(sentence, before[k].Last, group[0].First); k--)
        {
            group.Insert(0, before[k]);
        }

        return group;
    }

    /// <summary>The first name after <paramref name="index"/> with the names joined to it by "and" or commas.</summary>
    private static List<NameSpan> FirstGroupFrom(SentenceView sentence, List<NameSpan> names, int index)
    {
        var after = names.Where(n => n.First > index).ToList();
        if (after.Count == 0)
        {
            return [];
        }

        var group = new List<NameSpan> { after[0] };
        for (var k = 1; k < after.Count && Joined(sentence, group[^1].Last, after[k].First); k++)
        {
            group.Add(after[k]);
        }

        return group;
    }

    private static bool Joined(SentenceView sentence, int from, int to) =>
        Enumerable.Range(from, Math.Max(0, to - from)).All(i => sentence.Words[i] is "and" or "," or "&");

    private static ImmutableArray<string> Distinct(IEnumerable<NameSpan> names) => [.. names.Select(n => n.Name).Distinct(StringComparer.Ordinal)];
}
