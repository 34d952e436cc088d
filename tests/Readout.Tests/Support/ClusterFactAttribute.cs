namespace Readout.Tests.Support;

/// <summary>A fact that runs a cluster over PostgreSQL on the development corpora; skipped, saying why, where either is absent.</summary>
public sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute()
    {
        if (PostgresTestDatabase.Server is null)
        {
            Skip = PostgresTestDatabase.Absent;
        }
        else if (SharedCorpus.Root is null)
        {
            Skip = "../shared (the evaluation kit) is not beside this checkout, so the cluster has no corpus to ingest";
        }
    }
}
