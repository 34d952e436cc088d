using System.Text.Json.Nodes;
using Readout.Core;
using Readout.Entities;
using Readout.Events;
using Readout.Pipeline;
using Readout.Reporting;
using Readout.Sentences;
using Readout.Stories;
using Readout.Times;
using Readout.Tokens;

namespace Readout.Tests.Reporting;

public class PloverJsonlTests
{
    [Fact]
    public void Writes_one_plover_record_per_event()
    {
        var article = new Article("a1", "Farmers demanded lower prices. Putin and Trump held a phone call.", "test", Source: "Wire", Published: "2025-05-19");
        var pipeline = new AnalysisPipeline([new SentenceSplitter(), new Tokenizer(), new EntityRecognizer(), new ReferenceResolver(), new TimeAnnotator(), new EventCoder()], []);
        var document = pipeline.AnalyzeDocument(article);

        var lines = PloverJsonl.Write([document]).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        var call = JsonNode.Parse(lines[1])!.AsObject();
        Assert.Equal("a1-e2", (string?)call["id"]);
        Assert.Equal("CONSULT", (string?)call["event_type"]);
        Assert.Equal("phone", (string?)call["mode"]);
        Assert.Equal("Vladimir Putin; Donald Trump", (string?)call["actor"]);
        Assert.Equal("2025-05-19", (string?)call["date"]);
        Assert.Equal("Wire", (string?)call["source"]);
        Assert.Equal("Putin and Trump held a phone call.", (string?)call["text"]);
    }
}
