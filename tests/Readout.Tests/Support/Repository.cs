namespace Readout.Tests.Support;

/// <summary>The checkout the tests run from (the folder holding Readout.slnx).</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Readout.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("Readout.slnx not found above " + AppContext.BaseDirectory);
    }
}
