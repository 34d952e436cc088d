namespace Readout.Core;

/// <summary>A count with its noun in the right number: "1 article", "2 articles", "1 story", "3 stories".</summary>
public static class Plural
{
    public static string Of(int count, string singular, string? plural = null) =>
        $"{count} {(count == 1 ? singular : plural ?? DefaultPlural(singular))}";

    private static string DefaultPlural(string singular) =>
        singular.EndsWith('y') && !singular.EndsWith("ey", StringComparison.Ordinal) ? singular[..^1] + "ies"
        : singular.EndsWith('s') || singular.EndsWith("ch", StringComparison.Ordinal) ? singular + "es"
        : singular + "s";
}
