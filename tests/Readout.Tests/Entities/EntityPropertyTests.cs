using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Readout.Tests.Entities;

public class EntityPropertyTests
{
    private static readonly string[] Words =
    [
        "Putin", "Trump", "Zelenskyy", "[Vladimir]", "President", "the", "Kremlin", "aide", "he", "his", "said", "Mr.", "Smith",
        "two", "presidents", "of", "Russia", "U.S.", "’s", "\"", "'", ",", ".", "\n\n", "Moscow", "in", "our", "Ministry", "Türkiye", "-",
        "Putin-Trump", "U.S.-Russian", "Kremlin-", "-led", "Ankara--Moscow", "A.-",
    ];

    [Property(MaxTest = 200)]
    public Property Mentions_always_point_at_their_text_and_never_throw() =>
        Prop.ForAll(
            Gen.Elements(Words).ListOf().Select(words => string.Join(' ', words)).ToArbitrary(),
            text =>
            {
                var read = EntityTestText.Read(text);
                return read.Layer.Entities.SelectMany(entity => entity.Mentions)
                    .All(mention => mention.Start >= 0 && mention.End <= read.Text.Length && read.Text[mention.Start..mention.End] == mention.Text);
            });

    [Property(MaxTest = 100)]
    public bool Arbitrary_strings_never_throw(string? text)
    {
        var read = EntityTestText.Read(text ?? string.Empty);
        return read.Layer.Entities.All(entity => entity.Mentions.Length > 0);
    }
}
