using Readout.Cli;
using Readout.Core;
using Readout.Pipeline;
using Readout.Storage;
using Readout.Stories;
using Readout.Tests.Support;

namespace Readout.Tests.Cli;

public class ReanalyzeTests
{
    [Fact]
    public async Task Ingest_refuses_a_store_of_another_analysis_version_until_reanalyze_brings_it_up_to_date()
    {
        using var folder = new TempFolder();
        var db = folder.PathOf("store.db");
        using (var store = new ArticleStore(db))
        {
            var document = AnalysisPipeline.Standard().AnalyzeDocument(new Article("old", "Voters in Estrava re-elected mayor Tomasz Quell by a wide margin.", "old.txt"));
            store.Store(document, [], AnalysisPipeline.Version - 1, ArticleFeatures.Empty("old"), []);
        }

        folder.Write("in/new.txt", "Cyclone Mirela struck the port city of Varnholm.");

        var refused = await InProcessCli.RunAsync("ingest", folder.PathOf("in"), "--db", db);
        var reanalyzed = await InProcessCli.RunAsync("reanalyze", "--db", db);
        var accepted = await InProcessCli.RunAsync("ingest", folder.PathOf("in"), "--db", db);

        Assert.Equal(ExitCodes.Usage, refused.ExitCode);
        Assert.Contains($"readout reanalyze --db {db}", refused.Stderr);
        Assert.Equal(ExitCodes.Success, reanalyzed.ExitCode);
        Assert.Contains("1/1 articles analyzed again", reanalyzed.Stderr);
        Assert.StartsWith("created  s", reanalyzed.Stdout);
        Assert.Equal(ExitCodes.Success, accepted.ExitCode);
        Assert.Contains("1 stored, 0 already stored", accepted.Stdout);
    }
}
