using FsCheck;
using FsCheck.Fluent;

namespace Readout.Tests.Fuzz;

/// <summary>
/// How the fuzz tests run: a fixed seed, so every run tries the same inputs and a failure repeats
/// until fixed. READOUT_FUZZ_SEED=N tries other inputs (the failure message names the seed to give
/// back to replay it), READOUT_FUZZ_SCALE=K runs K times as many cases. See docs/reliability.md.
/// </summary>
public static class FuzzRun
{
    public const ulong DefaultSeed = 20261204;

    /// <summary>FsCheck's replay needs an odd gamma; this one is fixed, so the seed alone names a run.</summary>
    private const ulong Gamma = 0x9E3779B97F4A7C15;

    public static ulong Seed { get; } = ulong.TryParse(Environment.GetEnvironmentVariable("READOUT_FUZZ_SEED"), out var seed) ? seed : DefaultSeed;

    private static int Scale { get; } = int.TryParse(Environment.GetEnvironmentVariable("READOUT_FUZZ_SCALE"), out var scale) && scale > 0 ? scale : 1;

    /// <summary>Checks <paramref name="property"/> on <paramref name="cases"/> generated inputs (times the scale); throws with the failing input, shrunk, and the seed.</summary>
    public static void Check<T>(Gen<T> generator, int cases, Action<T> property)
    {
        try
        {
            Prop.ForAll(generator.ToArbitrary(), property)
                .Check(Config.QuickThrowOnFailure.WithMaxTest(cases * Scale).WithReplay(Seed, Gamma).WithQuietOnSuccess(true));
        }
        catch (Exception e)
        {
            throw new FuzzFailure($"fuzzing failed with READOUT_FUZZ_SEED={Seed} (set it to replay this run)\n{e.Message}", e);
        }
    }

    public sealed class FuzzFailure(string message, Exception inner) : Exception(message, inner);
}
