using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Readout.Core;

namespace Readout.Tests.Pipeline;

/// <summary>The letter questions answer as asking each character would, for any word, including letters outside ASCII.</summary>
public class LettersTests
{
    private static readonly char[] Characters = ['a', 'Z', 'é', 'Ü', 'ж', 'Д', 'ß', '1', '-', '\'', ' ', 'ǅ', '日'];

    private static Arbitrary<string> AnyWord() => Gen.Elements(Characters).ListOf().Select(characters => new string([.. characters])).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property All_letters_is_every_character_a_letter() =>
        Prop.ForAll(AnyWord(), word => Letters.All(word) == word.All(char.IsLetter));

    [Property(MaxTest = 300)]
    public Property Any_lower_and_any_upper_find_a_character_of_that_case() =>
        Prop.ForAll(AnyWord(), word => Letters.AnyLower(word) == word.Any(char.IsLower) && Letters.AnyUpper(word) == word.Any(char.IsUpper));

    [Fact]
    public void The_empty_word_is_all_letters_and_has_no_case()
    {
        Assert.True(Letters.All(string.Empty));
        Assert.False(Letters.AnyLower(string.Empty));
        Assert.False(Letters.AnyUpper(string.Empty));
    }
}
