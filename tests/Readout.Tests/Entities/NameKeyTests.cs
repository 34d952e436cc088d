using Readout.Entities;

namespace Readout.Tests.Entities;

public class NameKeyTests
{
    [Theory]
    [InlineData("Zelenskyy", "Zelensky")]
    [InlineData("Zelenskiy", "Zelensky")]
    [InlineData("Yuri", "Yury")]
    [InlineData("Yuriy", "Yury")]
    [InlineData("Sergei", "Sergey")]
    [InlineData("Dmitri", "Dmitry")]
    [InlineData("Erdoğan", "Erdogan")]
    [InlineData("Türkiye", "Turkiye")]
    [InlineData("SÉBASTIEN", "sebastien")]
    public void Spelling_variants_share_a_key(string variant, string other) =>
        Assert.Equal(NameKey.Of(other), NameKey.Of(variant));

    [Theory]
    [InlineData("Vladimir", "Volodymyr")]
    [InlineData("Xi", "Xia")]
    [InlineData("Lee", "Li")]
    public void Different_names_keep_different_keys(string one, string other) =>
        Assert.NotEqual(NameKey.Of(one), NameKey.Of(other));

    [Theory]
    [InlineData("Путина", "Путин")]
    [InlineData("Путиным", "Путин")]
    [InlineData("Шольцем", "Шольц")]
    [InlineData("Байдену", "Байден")]
    [InlineData("Зеленского", "Зеленский")]
    public void A_russian_case_ending_does_not_change_the_key(string inflected, string nominative) =>
        Assert.Equal(NameKey.Of(nominative), NameKey.Of(inflected));

    [Theory]
    [InlineData("Путин", "Пути")]
    [InlineData("Лавров", "Львов")]
    public void Cyrillic_names_that_differ_before_the_ending_keep_different_keys(string one, string other) =>
        Assert.NotEqual(NameKey.Of(one), NameKey.Of(other));
}
