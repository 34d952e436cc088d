using Readout.Stories;

namespace Readout.Tests.Entities;

public class EntityLayerTests
{
    [Fact]
    public void The_narrowest_mention_decides_what_an_offset_means()
    {
        var read = EntityTestText.Read("U.S. President Donald Trump spoke.");

        Assert.Equal("United States", read.Layer.EntityAt(0)?.Name);
        Assert.Equal("Donald Trump", read.Layer.EntityAt(5)?.Name);
        Assert.Null(read.Layer.EntityAt(read.Text.Length - 1));
    }

    [Fact]
    public void Resolving_a_speaker_span_gives_the_person_first()
    {
        const string text = "Kremlin aide Yury Ushakov said the call was good.";
        var read = EntityTestText.Read(text);

        var resolved = read.Layer.ResolveSpan(0, text.IndexOf(" said", StringComparison.Ordinal));

        Assert.Equal(["Yury Ushakov", "Russian government"], resolved.Select(entity => entity.Name));
    }

    [Fact]
    public void Entities_are_found_by_canonical_name_or_written_alias()
    {
        var read = EntityTestText.Read("Zelenskyy arrived. Zelensky spoke.");

        Assert.Same(read.Layer.Named("Volodymyr Zelensky"), read.Layer.Named("Zelenskyy"));
    }
}
