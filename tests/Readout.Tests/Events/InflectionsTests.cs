using Readout.Events;

namespace Readout.Tests.Events;

public class InflectionsTests
{
    [Theory]
    [InlineData("stop", "stopped")]
    [InlineData("stop", "stopping")]
    [InlineData("apply", "applied")]
    [InlineData("apply", "applies")]
    [InlineData("seize", "seized")]
    [InlineData("seize", "seizing")]
    [InlineData("reach", "reaches")]
    [InlineData("meet", "met")]
    [InlineData("withdraw", "withdrew")]
    [InlineData("talk", "talks")]
    [InlineData("kidnap", "kidnapped")]
    public void Forms_of_a_lemma_include_its_inflections(string lemma, string form) =>
        Assert.Contains(form, Inflections.FormsOf(lemma));

    [Theory]
    [InlineData("visit", "visitted")]
    [InlineData("obey", "obeies")]
    public void Forms_of_a_lemma_do_not_double_or_respell_wrongly(string lemma, string form) =>
        Assert.DoesNotContain(form, Inflections.FormsOf(lemma));
}
