using System.Collections.Frozen;
using Readout.Core;

namespace Readout.Entities;

/// <summary>The closed word lists that reference resolution keys on, read from the <c>entity_*</c> data files.</summary>
internal static class ReferenceLexicon
{
    private static readonly Lazy<FrozenDictionary<string, string?>> HonorificGenders = new(() =>
        DataFile.Rows("Entities/honorifics.tsv", 2).ToFrozenDictionary(row => row[0].ToLowerInvariant(), row => row[1].Length == 0 ? null : row[1]));

    private static readonly Lazy<FrozenDictionary<string, string>> PronounGenders = new(() =>
        DataFile.Rows("Entities/pronouns.tsv", 2).ToFrozenDictionary(row => row[0], row => row[1]));

    private static readonly Lazy<FrozenDictionary<string, string>> FirstNameGenders = new(() =>
        DataFile.Rows("Entities/first-names.tsv", 2).DistinctBy(row => row[0]).ToFrozenDictionary(row => row[0], row => row[1]));

    private static readonly Lazy<FrozenDictionary<string, Determiner>> Determiners = new(() =>
        DataFile.Rows("Entities/determiners.tsv", 3).ToFrozenDictionary(
            row => row[0],
            row => new Determiner(Enum.Parse<DeterminerKind>(row[1], ignoreCase: true), int.TryParse(row[2], out var count) ? count : null)));

    private static readonly Lazy<FrozenSet<string>> GovernmentNouns = Words("Entities/government-nouns.txt");
    private static readonly Lazy<FrozenSet<string>> SpeechVerbs = Words("Sentences/speech-verbs.tsv");
    private static readonly Lazy<FrozenSet<string>> SpeakerFillers = Words("Entities/speaker-fillers.txt");
    private static readonly Lazy<FrozenSet<string>> PlacePrepositions = Words("Entities/place-prepositions.txt");
    private static readonly Lazy<FrozenSet<string>> TitleModifiers = Words("Entities/title-modifiers.txt");
    private static readonly Lazy<FrozenSet<string>> NameParticles = Words("Entities/name-particles.txt");
    private static readonly Lazy<FrozenSet<string>> OrganizationHeads = Words("Entities/org-heads.txt");
    private static readonly Lazy<FrozenSet<string>> NotNames = Words("Entities/name-stopwords.txt");
    private static readonly Lazy<FrozenSet<string>> NotPersonWords = Words("Entities/not-person-words.txt");
    private static readonly Lazy<FrozenSet<string>> DescriptorFollowers = Words("Entities/descriptor-followers.txt");

    /// <summary>Whether the word is an honorific (Mr, Mrs, Sheikh), with the gender it implies.</summary>
    public static bool IsHonorific(string word, out string? gender) => HonorificGenders.Value.TryGetValue(word.TrimEnd('.').ToLowerInvariant(), out gender);

    /// <summary>The gender of a third-person pronoun (he, his, her), or null for any other word.</summary>
    public static string? PronounGender(string word) => PronounGenders.Value.GetValueOrDefault(word.ToLowerInvariant());

    /// <summary>The gender a common given name usually marks ("Jane" f), or null.</summary>
    public static string? FirstNameGender(string name) => FirstNameGenders.Value.GetValueOrDefault(name);

    public static Determiner? DeterminerOf(string word) => Determiners.Value.GetValueOrDefault(word.ToLowerInvariant());

    public static bool IsGovernmentNoun(string word) => GovernmentNouns.Value.Contains(word.ToLowerInvariant());

    public static bool IsSpeechVerb(string word) => SpeechVerbs.Value.Contains(word.ToLowerInvariant());

    public static bool IsSpeakerFiller(string word) => SpeakerFillers.Value.Contains(word.ToLowerInvariant());

    public static bool IsPlacePreposition(string word) => PlacePrepositions.Value.Contains(word.ToLowerInvariant());

    public static bool IsTitleModifier(string word) => TitleModifiers.Value.Contains(word.ToLowerInvariant());

    public static bool IsNameParticle(string word) => NameParticles.Value.Contains(word);

    public static bool IsOrganizationHead(string word) => OrganizationHeads.Value.Contains(word);

    /// <summary>Capitalized words that never make up a name (The, Monday, January).</summary>
    public static bool IsNotName(string word) => NotNames.Value.Contains(word);

    /// <summary>Capitalized words that never name a person, though an organization's name may use them (Democratic, Officials).</summary>
    public static bool IsNotPersonWord(string word) => NotPersonWords.Value.Contains(word);

    /// <summary>
    /// Whether a lower-case word after a title leaves the title a noun ("the official said") rather
    /// than making it an adjective ("the official story"): function words, speech verbs and words
    /// ending in -ed.
    /// </summary>
    public static bool MayFollowDescriptor(string word) =>
        DescriptorFollowers.Value.Contains(word) || IsSpeechVerb(word) || IsSpeakerFiller(word)
        || word.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>The first column of a word list (a plain list, or a table whose first column is the word).</summary>
    private static Lazy<FrozenSet<string>> Words(string file) => new(() =>
        DataFile.Rows(file, 1).Select(row => row[0].Trim()).ToFrozenSet(StringComparer.Ordinal));
}
