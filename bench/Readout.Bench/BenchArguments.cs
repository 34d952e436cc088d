namespace Readout.Bench;

/// <summary>Reads the benchmarks' <c>--name value</c> options.</summary>
internal static class BenchArguments
{
    /// <summary>The value after <paramref name="name"/>, or null when the option is not given.</summary>
    public static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
