namespace Readout.Tests.Support;

/// <summary>A test of file permissions: skipped, saying why, where they bind nobody (as root, or off Unix).</summary>
public sealed class UnprivilegedFactAttribute : FactAttribute
{
    public UnprivilegedFactAttribute()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            Skip = "running as root (or off Unix): file permissions lock nothing, so an unreadable folder cannot be made";
        }
    }
}
