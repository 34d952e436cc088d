using Readout.Tests.Support;

namespace Readout.Tests.Events;

/// <summary>
/// Floors just below the figures measured without lexicon rows that transcribe one gold sentence
/// (recall 0.842, precision 0.837, with the coder's general wording mechanisms).
/// </summary>
public class PloverGsrTests
{
    [SharedFact]
    public async Task Event_types_on_the_plover_gold_standard_records_stay_above_the_floor()
    {
        var output = await SharedCorpus.AnalyzeAsync("corpus/plover-gsr/manifest.jsonl");

        var metrics = SharedCorpus.Score("score.py", "eval/gold/plover-gsr.json", output);

        Assert.True(metrics["event_recall"] >= 0.84, $"event_recall {metrics["event_recall"]:F3}");
        Assert.True(metrics["event_precision"] >= 0.835, $"event_precision {metrics["event_precision"]:F3}");
    }
}
