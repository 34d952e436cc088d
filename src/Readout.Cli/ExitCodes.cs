namespace Readout.Cli;

/// <summary>Process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int InternalError = 1;
    public const int Usage = 2;
    public const int SomeInputsFailed = 3;
    public const int NoInputUsable = 4;

    /// <summary>Stopped by Ctrl-C (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;

    public static int ForBatch(int succeeded, int failed) =>
        failed == 0 ? Success : succeeded == 0 ? NoInputUsable : SomeInputsFailed;
}
