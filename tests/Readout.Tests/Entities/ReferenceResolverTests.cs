using Readout.Entities;
using Readout.Stories;

namespace Readout.Tests.Entities;

public class ReferenceResolverTests
{
    private const string PopeText = "The envoy flew to Rome on Monday. The Pope urged both sides to keep talking.";

    [Theory]
    [InlineData("2019-06-14", "Pope Francis")]
    [InlineData("2023-02-01", "Pope Francis")]
    [InlineData("2026-01-10", "Pope Leo XIV")]
    public void The_Pope_is_whoever_held_the_office_when_the_article_appeared(string published, string pope)
    {
        var read = EntityTestText.Read(PopeText, published: published);

        Assert.Equal(pope, read.At("The Pope")?.Name);
    }

    [Theory]
    [InlineData("2025-04-30")]
    [InlineData(null)]
    public void Without_an_office_holder_on_the_day_or_without_a_day_the_Pope_stays_unresolved(string? published)
    {
        var read = EntityTestText.Read(PopeText, published: published);

        Assert.Null(read.At("The Pope"));
    }

    [Theory]
    [InlineData("2019-03-02", "Angela Merkel")]
    [InlineData("2023-03-02", "Olaf Scholz")]
    [InlineData("2025-12-28", "Friedrich Merz")]
    public void The_German_chancellor_is_placed_by_the_publication_date(string published, string chancellor)
    {
        var read = EntityTestText.Read("Talks resumed in Paris. The German chancellor said a ceasefire was near.", published: published);

        Assert.Equal(chancellor, read.At("The German chancellor")?.Name);
    }

    [Fact]
    public void A_person_named_earlier_fits_an_office_only_while_holding_it()
    {
        const string text = "Friedrich Merz criticized the plan. The German chancellor said a ceasefire was near.";

        Assert.Equal("Angela Merkel", EntityTestText.Read(text, published: "2019-03-02").At("The German chancellor")?.Name);
        Assert.Equal("Friedrich Merz", EntityTestText.Read(text, published: "2025-12-28").At("The German chancellor")?.Name);
    }

    [Fact]
    public void A_role_the_knowledge_base_cannot_place_in_the_articles_year_stays_unresolved()
    {
        var read = EntityTestText.Read("Envoys met in Vienna. The Kremlin foreign policy aide called the talks useful.", published: "2005-06-01");

        Assert.Null(read.At("The Kremlin foreign policy aide"));
    }

    [Fact]
    public void A_descriptor_without_a_country_is_not_given_to_the_only_person_listed_with_that_role()
    {
        var read = EntityTestText.Read(
            "Envoys met in Vienna. The foreign policy aide called the talks useful. The commander-in-chief visited the front.",
            published: "2025-12-28");

        Assert.Null(read.At("The foreign policy aide"));
        Assert.Null(read.At("The commander-in-chief"));
    }

    [Fact]
    public void The_Kremlin_aide_resolves_when_the_aide_is_named()
    {
        var read = EntityTestText.Read("Yury Ushakov briefed reporters. Later the Kremlin aide said the call was frank.", published: "2025-12-28");

        Assert.Equal("Yury Ushakov", read.At("the Kremlin aide")?.Name);
    }

    [Fact]
    public void The_Kremlin_aide_resolves_when_the_office_can_be_placed()
    {
        var read = EntityTestText.Read("Envoys met in Vienna. The Kremlin foreign policy aide called the talks useful.", published: "2019-06-01");

        Assert.Equal("Yury Ushakov", read.At("The Kremlin foreign policy aide")?.Name);
    }

    [Fact]
    public void An_unnamed_Kremlin_aide_with_no_office_to_place_stays_unresolved()
    {
        var read = EntityTestText.Read("Envoys met in Vienna. The Kremlin aide called the talks useful.", published: "2025-12-28");

        Assert.Null(read.At("The Kremlin aide"));
    }

    [Fact]
    public void References_are_their_own_layer_and_not_entity_mentions()
    {
        var read = EntityTestText.Read("Giorgia Meloni arrived late. She said the talks went well.");

        Assert.DoesNotContain(read.Layer.Single("Giorgia Meloni").Mentions, mention => mention.Kind == MentionKind.Pronoun);
        var reference = Assert.Single(read.References.References);
        Assert.Equal(("She", MentionKind.Pronoun, "Giorgia Meloni"), (reference.Text, reference.Kind, Assert.Single(reference.Entities).Name));
    }
}
