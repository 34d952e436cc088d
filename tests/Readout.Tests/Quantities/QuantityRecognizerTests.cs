using Readout.Quantities;
using Readout.Stories;
using Readout.Times;

namespace Readout.Tests.Quantities;

public class QuantityRecognizerTests
{
    private static readonly DateOnly Published = new(2025, 12, 28);

    private static Quantity Only(string text)
    {
        var quantities = QuantityRecognizer.Recognize(text, TimeRecognizer.Recognize(text, Published));
        Assert.True(quantities.Length == 1, $"expected one quantity in \"{text}\", got: {string.Join("; ", quantities.Select(q => $"{q.Text}={q.Value}"))}");
        Assert.Equal(quantities[0].Text, text[quantities[0].Start..quantities[0].End]);
        return quantities[0];
    }

    [Fact]
    public void Count_with_unit_and_rate()
    {
        var quantity = Only("The clinic sees 5,000 young people every single week.");
        Assert.Equal((5000.0, "young people", "week"), (quantity.Value, quantity.Unit, quantity.Rate));
        Assert.Equal("5,000 young people every single week", quantity.Text);
    }

    [Fact]
    public void Hyphenated_count_names_its_unit()
    {
        var quantity = Only("The envoy carried a 20-point peace proposal.");
        Assert.Equal((20.0, "point peace proposal"), (quantity.Value, quantity.Unit));
    }

    [Fact]
    public void Number_words_count_plural_nouns()
    {
        var quantity = Only("They set up two working groups.");
        Assert.Equal((2.0, "working groups"), (quantity.Value, quantity.Unit));
    }

    [Fact]
    public void Ordinal_counts_a_position()
    {
        var quantity = Only("It was their ninth phone call of the year.");
        Assert.Equal((9.0, "phone call", true), (quantity.Value, quantity.Unit, quantity.Ordinal));
    }

    [Theory]
    [InlineData("Officials counted more than 300 soldiers.", 300.0, "soldiers", "MORE_THAN")]
    [InlineData("Turnout was about 40 percent.", 40.0, "percent", "APPROX")]
    [InlineData("Turnout was about 40%.", 40.0, "percent", "APPROX")]
    [InlineData("The flood displaced nearly 2 million people.", 2_000_000.0, "people", "LESS_THAN")]
    [InlineData("The fund holds $5 million.", 5_000_000.0, "USD", null)]
    [InlineData("The hall seats twenty-five hundred guests.", 2500.0, "guests", null)]
    public void Qualifier_scale_and_unit_are_read(string text, double value, string unit, string? qualifier)
    {
        var quantity = Only(text);
        Assert.Equal((value, unit, qualifier), (quantity.Value, quantity.Unit, quantity.Qualifier));
    }

    [Fact]
    public void Numbers_of_time_expressions_are_not_quantities() =>
        Assert.Empty(QuantityRecognizer.Recognize("They talked for two hours on December 28, 2025.", TimeRecognizer.Recognize("They talked for two hours on December 28, 2025.", Published)));

    [Fact]
    public void One_as_a_pronoun_is_not_a_quantity() =>
        Assert.Empty(QuantityRecognizer.Recognize("One of them left.", []));

    [Theory]
    [InlineData("Officials said the second convoy arrived.", "convoy")]
    [InlineData("They formed two specially established working groups.", "specially established working groups")]
    [InlineData("In the third round pummeled Ortiz's guard.", "round")]
    public void Unit_phrase_stops_before_a_verb_but_keeps_participle_modifiers(string text, string unit) =>
        Assert.Equal(unit, Only(text).Unit);
}
