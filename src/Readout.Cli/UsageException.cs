namespace Readout.Cli;

/// <summary>A command found its arguments unusable (a search query it cannot run, a bad config value): exit code 2 with the reason.</summary>
public sealed class UsageException(string message) : Exception(message);
