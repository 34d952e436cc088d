using Readout.Entities;
using Readout.Stories;

namespace Readout.Tests.Entities;

public class TermOfOfficeTests
{
    [Fact]
    public void A_term_ends_the_day_the_successor_takes_over()
    {
        var merkel = TermOfOffice.Parse("chancellor 2005-11-22..2021-12-08");

        Assert.True(merkel.Covers(new DateOnly(2021, 12, 7)));
        Assert.False(merkel.Covers(new DateOnly(2021, 12, 8)));
        Assert.False(merkel.Covers(new DateOnly(2005, 11, 21)));
    }

    [Fact]
    public void An_open_term_goes_on_and_a_month_only_start_counts_from_the_next_month()
    {
        var term = TermOfOffice.Parse("foreign minister 2025-07..");

        Assert.Equal("foreign minister", term.Role);
        Assert.False(term.Covers(new DateOnly(2025, 7, 20)));
        Assert.True(term.Covers(new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void The_knowledge_base_places_office_holders_by_date()
    {
        var chancellor = KnowledgeBase.FindTitle("chancellor")!;

        Assert.Equal("Angela Merkel", KnowledgeBase.Holder(chancellor, "DE", null, new DateOnly(2019, 1, 1))?.Name);
        Assert.Equal("Olaf Scholz", KnowledgeBase.Holder(chancellor, "DE", null, new DateOnly(2021, 12, 8))?.Name);
        Assert.Equal("Friedrich Merz", KnowledgeBase.Holder(chancellor, "DE", null, new DateOnly(2025, 5, 6))?.Name);
        Assert.Null(KnowledgeBase.Holder(chancellor, "DE", null, new DateOnly(1990, 1, 1)));
    }

    [Fact]
    public void Every_term_is_for_a_known_title()
    {
        var strays = KnowledgeBase.People.SelectMany(person => person.Terms.Where(term => KnowledgeBase.ClassesOf(term.Role).Count == 0).Select(term => $"{person.Name}: {term.Role}"));

        Assert.Empty(strays);
    }
}
