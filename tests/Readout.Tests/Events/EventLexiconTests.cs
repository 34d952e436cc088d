using Readout.Events;
using Readout.Stories;

namespace Readout.Tests.Events;

public class EventLexiconTests
{
    [Fact]
    public void Every_plover_type_has_a_lexicon()
    {
        var types = EventLexicon.Standard.Patterns.Select(p => p.Type).ToHashSet();

        Assert.All(EventLexicon.Types, type => Assert.Contains(type, types));
    }

    [Fact]
    public void Consult_modes_are_plover_modes()
    {
        var modes = EventLexicon.Standard.Patterns.Where(p => p.Type == "CONSULT" && p.Mode is not null).Select(p => p.Mode!).ToHashSet();

        Assert.Equal(["multilateral", "phone", "third-party", "visit"], modes.Order());
    }

    [Fact]
    public void The_longest_pattern_wins()
    {
        var lexicon = new EventLexicon(
        [
            new EventPattern("COERCE", ["curfew"], null, [], []),
            new EventPattern("CONCEDE", ["lift", "*", "curfew"], null, [], []),
        ]);
        string[] words = ["they", "lifted", "the", "curfew"];

        var match = Assert.Single(lexicon.Match(words, [.. words.Select(_ => false)]));

        Assert.Equal(("CONCEDE", 1, 4), (match.Pattern.Type, match.First, match.Last));
    }

    [Fact]
    public void A_requirement_and_a_blocking_neighbour_are_honoured()
    {
        var lexicon = new EventLexicon(
        [
            new EventPattern("CONSULT", ["call"], "phone", [["Name"], ["<Name", "<he"]], ["for"]),
        ]);
        string[] named = ["merz", "called", "macron"];
        string[] pronoun = ["he", "called", "macron"];
        string[] naming = ["a", "brand", "called", "nova"];
        string[] demand = ["merz", "called", "for", "calm"];

        Assert.Single(lexicon.Match(named, [false, false, true], [true, false, true]));
        Assert.Single(lexicon.Match(pronoun, [false, false, true]));
        Assert.Empty(lexicon.Match(naming, [false, false, false, true]));
        Assert.Empty(lexicon.Match(demand, [false, false, false, false], [true, false, false, false]));
    }

    [Fact]
    public void A_blocking_word_marked_before_blocks_only_before_the_trigger()
    {
        var lexicon = new EventLexicon([new EventPattern("ACCUSE", ["accuse"], null, [], ["<the"])]);
        string[] noun = ["the", "accused", "gunman"];
        string[] verb = ["they", "accused", "the", "mayor"];

        Assert.Empty(lexicon.Match(noun, [false, false, false]));
        Assert.Single(lexicon.Match(verb, [false, false, false, false]));
    }
}
