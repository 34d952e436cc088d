using System.Text.Json;
using Orleans.TestingHost;
using Readout.Cli.Cluster;
using Readout.Core;
using Readout.Ingest;
using Readout.Pipeline;
using Readout.Storage;
using Readout.Tests.Support;

namespace Readout.Tests.Cluster;

/// <summary>Three silos (the Orleans test cluster host) over PostgreSQL make the stories one process makes.</summary>
public class ClusterTests
{
    private const int Batch = 64;

    [ClusterFact]
    public async Task Three_silos_ingesting_the_development_corpora_make_the_stories_one_process_makes()
    {
        var articles = await Read("corpus/leader-calls-dev/manifest.jsonl", "corpus/ecbplus/manifest.jsonl");
        using var single = new PostgresTestDatabase();
        using var clustered = new PostgresTestDatabase();
        IngestInOneProcess(single.ConnectionString, articles);

        await WithCluster(async client =>
        {
            using var store = ArticleStores.Open(clustered.ConnectionString);
            var ingest = new ClusterIngest(client, store, clustered.ConnectionString);
            foreach (var chunk in articles.Chunk(Batch))
            {
                await ingest.IngestAsync(chunk, (input, reason) => Assert.Fail($"{input}: {reason}"));
            }
        });

        AssertSameRecord(single.ConnectionString, clustered.ConnectionString);
    }

    [ClusterFact]
    public async Task A_silo_killed_mid_ingest_loses_nothing_and_stores_nothing_twice()
    {
        var articles = await Read("corpus/leader-calls-dev/manifest.jsonl");
        using var single = new PostgresTestDatabase();
        using var clustered = new PostgresTestDatabase();
        IngestInOneProcess(single.ConnectionString, articles, Batch / 4);

        await WithCluster(async (client, cluster) =>
        {
            using var store = ArticleStores.Open(clustered.ConnectionString);
            var ingest = new ClusterIngest(client, store, clustered.ConnectionString);
            var chunks = articles.Chunk(Batch / 4).ToList();
            foreach (var (chunk, index) in chunks.Select((chunk, index) => (chunk, index)))
            {
                var running = ingest.IngestAsync(chunk, (input, reason) => Assert.Fail($"{input}: {reason}"));
                if (index == 1)
                {
                    await cluster.KillSiloAsync(cluster.SecondarySilos[0]);
                }

                await running;
            }

            var again = await ingest.IngestAsync(articles, (input, reason) => Assert.Fail($"{input}: {reason}"));
            Assert.Equal(0, again.Added);
        });

        AssertSameRecord(single.ConnectionString, clustered.ConnectionString);
    }

    private static async Task<IReadOnlyList<Article>> Read(params string[] manifests)
    {
        var (articles, failures) = await new InputReader(IngestOptions.Default).ReadAllAsync([.. manifests.Select(SharedCorpus.Path)], CancellationToken.None);
        Assert.Empty(failures);
        return articles;
    }

    private static void IngestInOneProcess(string connectionString, IReadOnlyList<Article> articles, int batch = Batch)
    {
        using var store = ArticleStores.Open(connectionString);
        var writer = new StoreWriter(AnalysisPipeline.Standard());
        foreach (var chunk in articles.Chunk(batch))
        {
            writer.Ingest(store, chunk);
        }
    }

    private static Task WithCluster(Func<IClusterClient, Task> work) => WithCluster((client, _) => work(client));

    private static async Task WithCluster(Func<IClusterClient, TestCluster, Task> work)
    {
        var cluster = new TestClusterBuilder(3).Build();
        await cluster.DeployAsync();
        try
        {
            await work(cluster.Client, cluster);
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    private static void AssertSameRecord(string expected, string actual)
    {
        using var one = ArticleStores.Open(expected);
        using var many = ArticleStores.Open(actual);
        Assert.Equal(one.ArticleIds(), many.ArticleIds());
        Assert.Equal(one.Stories(), many.Stories());
        Assert.Equal(JsonSerializer.Serialize(one.AllStories()), JsonSerializer.Serialize(many.AllStories()));
        Assert.Empty(many.UnplacedArticles());
    }
}
