using Readout.Entities;
using Readout.Stories;

namespace Readout.Tests.Entities;

public class KnowledgeBaseTests
{
    private static readonly DateOnly EndOf2025 = new(2025, 12, 1);

    [Theory]
    [InlineData("Zelenskyy", "Volodymyr Zelensky")]
    [InlineData("Vladimir Zelensky", "Volodymyr Zelensky")]
    [InlineData("Yuri Ushakov", "Yury Ushakov")]
    [InlineData("Erdoğan", "Recep Tayyip Erdogan")]
    [InlineData("von der Leyen", "Ursula von der Leyen")]
    public void People_are_found_by_any_variant(string variant, string canonical) =>
        Assert.Equal(canonical, KnowledgeBase.FindPerson(variant)?.Name);

    [Theory]
    [InlineData("Türkiye", "TR")]
    [InlineData("Turkish", "TR")]
    [InlineData("TUR", "TR")]
    [InlineData("U.S.", "US")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("Ukrainians", "UA")]
    public void Countries_are_found_by_name_adjective_demonym_or_code(string name, string iso2) =>
        Assert.Equal(iso2, KnowledgeBase.FindCountry(name)?.Iso2);

    [Fact]
    public void Every_sovereign_country_is_listed_once()
    {
        Assert.True(KnowledgeBase.Countries.Length >= 193);
        Assert.Equal(KnowledgeBase.Countries.Length, KnowledgeBase.Countries.Select(country => country.Iso2).Distinct().Count());
        Assert.Equal(KnowledgeBase.Countries.Length, KnowledgeBase.Countries.Select(country => country.Iso3).Distinct().Count());
    }

    [Theory]
    [InlineData("AR")]
    [InlineData("AU")]
    [InlineData("BR")]
    [InlineData("CA")]
    [InlineData("CN")]
    [InlineData("FR")]
    [InlineData("DE")]
    [InlineData("IN")]
    [InlineData("ID")]
    [InlineData("IT")]
    [InlineData("JP")]
    [InlineData("KR")]
    [InlineData("MX")]
    [InlineData("RU")]
    [InlineData("SA")]
    [InlineData("ZA")]
    [InlineData("TR")]
    [InlineData("GB")]
    [InlineData("US")]
    [InlineData("UA")]
    public void G20_countries_and_Ukraine_have_a_leader_and_a_foreign_minister(string iso2)
    {
        var leader = KnowledgeBase.FindTitle("leader")!;
        var foreignMinister = KnowledgeBase.FindTitle("foreign minister")!;

        Assert.NotNull(KnowledgeBase.Holder(leader, iso2, null, EndOf2025));
        Assert.NotNull(KnowledgeBase.Holder(foreignMinister, iso2, null, EndOf2025));
    }

    [Fact]
    public void Every_persons_role_is_a_known_title()
    {
        var unknown = KnowledgeBase.People.SelectMany(person => person.Roles).Where(role => KnowledgeBase.ClassesOf(role).Count == 0).Distinct().ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void Holders_come_from_role_and_country()
    {
        var president = KnowledgeBase.FindTitle("President")!;

        Assert.Equal("Vladimir Putin", KnowledgeBase.Holder(president, "RU", null, EndOf2025)?.Name);
        Assert.Equal("Ursula von der Leyen", KnowledgeBase.Holder(president, null, "European Commission", EndOf2025)?.Name);
        Assert.Equal("spokesperson", KnowledgeBase.FindTitle("spokesman")?.Role);
    }

    [Fact]
    public void Organizations_are_found_by_acronym()
    {
        Assert.Equal("Organization for Security and Co-operation in Europe", KnowledgeBase.FindOrganization("OSCE")?.Name);
        Assert.Equal("International Atomic Energy Agency", KnowledgeBase.FindOrganization("IAEA")?.Name);
    }
}
