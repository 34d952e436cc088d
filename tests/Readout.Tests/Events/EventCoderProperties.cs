using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Readout.Core;
using Readout.Entities;
using Readout.Events;
using Readout.Pipeline;
using Readout.Sentences;
using Readout.Times;
using Readout.Tokens;

namespace Readout.Tests.Events;

public class EventCoderProperties
{
    private static readonly string[] Vocabulary =
    [
        "Putin", "Trump", "called", "met", "will", "not", "agreed", "to", "talks", "after", "fighting",
        "who", "said", ",", ".", "the", "if", "refused", "attack", "was", "by", "sanctions", "and", "\"",
        "ceasefire", "lifted", "curfew", "in", "Geneva", "planned", "meeting", "would", "shell", "unless",
    ];

    private static readonly string[] Modalities = ["asserted", "future", "hypothetical", "negated"];

    private static readonly AnalysisPipeline Pipeline =
        new([new SentenceSplitter(), new Tokenizer(), new EntityRecognizer(), new ReferenceResolver(), new TimeAnnotator(), new EventCoder()], []);

    [Property]
    public Property Every_mention_points_at_its_trigger_and_has_a_modality() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(Vocabulary)).Select(words => string.Join(' ', words)).ToArbitrary(), text =>
        {
            var document = Pipeline.AnalyzeDocument(new Article("p", text, "test"));
            var mentions = Flatten(document.Require<EventLayer>().Events).ToList();
            return mentions.All(m => m.Start < m.End && m.End <= document.Text.Length && document.Text[m.Start..m.End] == m.Trigger
                && Modalities.Contains(m.Modality));
        });

    private static IEnumerable<EventMention> Flatten(IEnumerable<EventMention> mentions) =>
        mentions.SelectMany(m => Flatten(m.Embedded ?? []).Prepend(m));
}
