using Readout.Core;
using Readout.Pipeline;
using Readout.Stories;

namespace Readout.Tests.Stories;

/// <summary>Small hand-written article sets for the story tests.</summary>
internal static class StoryArticles
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipeline.Standard();

    public static Document Document(string id, string text, string? published = null) =>
        Pipeline.AnalyzeDocument(new Article(id, text, "test", Published: published));

    public static ArticleFeatures Features(string id, string text, string? published = null) =>
        FeatureExtractor.Extract(Document(id, text, published));

    /// <summary>Two phone calls between the same leaders on the same subject, seven months apart, each told by two outlets.</summary>
    public static IReadOnlyList<ArticleFeatures> TwoCalls() =>
    [
        Features("may-a", "Presidents Anna Kowalczyk and Bruno Lindqvist held a telephone conversation about the harbour dispute. The call lasted two hours, and both sides called it frank. Kowalczyk said the talks on the harbour would continue.", "2025-05-19"),
        Features("dec-a", "Anna Kowalczyk and Bruno Lindqvist spoke by telephone about the harbour dispute again. The conversation lasted over an hour. Lindqvist said the harbour talks were moving forward.", "2025-12-28"),
        Features("may-b", "Bruno Lindqvist and Anna Kowalczyk discussed the harbour dispute in a long telephone call. Lindqvist described the conversation as frank and useful.", "2025-05-20"),
        Features("dec-b", "In a telephone conversation on the harbour dispute, Kowalczyk and Lindqvist agreed their aides would meet. Kowalczyk called the talks useful.", "2025-12-28"),
    ];

    /// <summary>One storm as three outlets tell it, in their own words, plus an unrelated election.</summary>
    public static IReadOnlyList<ArticleFeatures> OneStormThreeOutlets() =>
    [
        Features("storm-1", "Cyclone Mirela struck the port city of Varnholm, flooding the harbour district and cutting power to forty thousand homes. Rescue teams evacuated the harbour district overnight."),
        Features("vote-1", "Voters in Estrava re-elected mayor Tomasz Quell by a wide margin. Quell thanked his campaign volunteers and promised new bus lines."),
        Features("storm-2", "Floodwater filled the streets of Varnholm after Cyclone Mirela made landfall. Power was cut across the city and the harbour district was evacuated."),
        Features("storm-3", "Cyclone Mirela left Varnholm without power. Residents of the flooded harbour district spent the night in schools after rescue teams evacuated them."),
    ];

    /// <summary>Two rehab stints: different celebrities, clinics and towns, told in the same words.</summary>
    public static IReadOnlyList<ArticleFeatures> TwoRehabStints() =>
    [
        Features("rehab-a1", "Actress Delia Marchetti has checked into the Seabright Recovery Center in Montclaro, her publicist confirmed. Marchetti entered the rehab facility on Monday. Marchetti is expected to stay thirty days."),
        Features("rehab-b1", "Singer Oren Vasquez has checked into the Pinecrest Treatment Lodge in Halvard, his manager confirmed. Vasquez entered the rehab facility after his tour. Vasquez is expected to stay ninety days."),
        Features("rehab-a2", "Delia Marchetti entered rehab at the Seabright Recovery Center in Montclaro. The publicist for Marchetti said the actress checked into the facility for a thirty day stay."),
        Features("rehab-b2", "Oren Vasquez is in rehab at the Pinecrest Treatment Lodge in Halvard. The manager for Vasquez said the singer checked into the facility for a ninety day stay."),
    ];

    /// <summary>Articles on topics that share no salient word with one another.</summary>
    public static IReadOnlyList<ArticleFeatures> Unrelated(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Features(
            $"lone-{i}",
            $"The {Letters(i)}quix of {Letters(i)}ville {Letters(i)}zed the {Letters(i)}morn. Their {Letters(i)}quix were {Letters(i)}tal."))];

    private static string Letters(int number) => new([.. $"{number:D3}".Select(digit => (char)('a' + digit - '0'))]);
}
