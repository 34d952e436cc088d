using System.Text.Json;
using Readout.Tests.Support;

namespace Readout.Tests.Cli;

/// <summary>
/// The store under real processes: an ingest killed at any moment, then run again, leaves every
/// article stored once and in exactly one story; two ingests into one store at once both finish.
/// </summary>
public class CrashSafetyTests
{
    private const int Events = 12;
    private const int ReportsPerEvent = 4;

    private static readonly string[] Cities = ["Varnholm", "Estrava", "Kelmora", "Dunbrecht", "Ostaval", "Priemen", "Lursk", "Tavenport", "Holmgard", "Sernik", "Quillan", "Brevoort"];
    private static readonly string[] Officials = ["Tomasz Quell", "Ana Lopez", "Ivo Marten", "Clara Veisz", "Oskar Brandt", "Lena Korhonen", "Pavel Idrin", "Mira Solberg", "Jonas Feld", "Ruth Okafor", "Emil Daske", "Sofia Renner"];
    private static readonly string[] Outlets = ["Lakeside Wire", "Harbour Times", "Northern Ledger", "Valley Post"];

    /// <summary>A manifest of invented reports: four outlets each tell twelve separate events.</summary>
    private static string WriteManifest(TempFolder folder)
    {
        var lines = new List<string>();
        for (var e = 0; e < Events; e++)
        {
            for (var r = 0; r < ReportsPerEvent; r++)
            {
                var text = $"Mayor {Officials[e]} of {Cities[e]} opened a new bridge over the river on {10 + e} March 2025, " +
                    $"the {Outlets[r]} reported. {Officials[e]} said the bridge in {Cities[e]} cost {120 + (7 * e)} million euros. " +
                    $"Residents of {Cities[e]} gathered at the riverbank as {Officials[e]} cut the ribbon.";
                lines.Add(JsonSerializer.Serialize(new { id = $"e{e:D2}-r{r}", text, source = Outlets[r], published = $"2025-03-{10 + e:D2}" }));
            }
        }

        return folder.Write("manifest.jsonl", string.Join('\n', lines) + "\n");
    }

    [Fact]
    public async Task An_ingest_killed_at_any_moment_and_run_again_stores_every_article_once_in_one_story()
    {
        using var folder = new TempFolder();
        var manifest = WriteManifest(folder);
        var db = folder.PathOf("r.db");

        foreach (var (batchesBeforeKill, delayMs) in new[] { (1, 0), (2, 150), (4, 40), (6, 400) })
        {
            using var process = CliProcess.Launch(folder.Root, "ingest", manifest, "--db", db, "--batch", "4");
            _ = process.StandardOutput.ReadToEndAsync();
            var committed = 0;
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                if (line.Contains("articles ingested", StringComparison.Ordinal) && ++committed == batchesBeforeKill)
                {
                    await Task.Delay(delayMs);
                    process.Kill(entireProcessTree: true);
                    break;
                }
            }

            await process.WaitForExitAsync();
            Assert.True(StoredIds(db).Count >= committed * 4, "an article reported stored was lost");
            CheckIntegrity(db);
        }

        var rerun = await CliProcess.RunAsync(folder.Root, "ingest", manifest, "--db", db, "--batch", "4");

        Assert.Equal(0, rerun.ExitCode);
        CheckComplete(db);
        var search = await CliProcess.RunAsync(folder.Root, "search", "bridge Quillan", "--db", db);
        Assert.Equal(ReportsPerEvent, search.Stdout.Split('\n').Count(line => line.Contains("e10-r", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Two_ingests_into_one_store_at_once_both_finish_with_every_article_once()
    {
        using var folder = new TempFolder();
        var manifest = WriteManifest(folder);
        var db = folder.PathOf("r.db");

        var runs = await Task.WhenAll(
            CliProcess.RunAsync(folder.Root, "ingest", manifest, "--db", db, "--batch", "4"),
            CliProcess.RunAsync(folder.Root, "ingest", manifest, "--db", db, "--batch", "6"));

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Stderr));
        Assert.Equal(Events * ReportsPerEvent, runs.Sum(run => int.Parse(run.Stdout.Split('\n').Single(line => line.Contains(" stored, ", StringComparison.Ordinal)).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)));
        CheckComplete(db);
    }

    private static List<string> StoredIds(string db) => SqliteRows.FirstColumn(db, "SELECT id FROM articles");

    private static void CheckIntegrity(string db) => Assert.Equal(["ok"], SqliteRows.FirstColumn(db, "PRAGMA integrity_check"));

    /// <summary>Every article of the manifest stored once, each in exactly one story, no story empty, and the events kept apart.</summary>
    private static void CheckComplete(string db)
    {
        CheckIntegrity(db);
        var ids = StoredIds(db);
        Assert.Equal(Events * ReportsPerEvent, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var placements = SqliteRows.FirstColumn(db, "SELECT article_id FROM story_articles");
        Assert.Equal(ids.Order(StringComparer.Ordinal), placements.Order(StringComparer.Ordinal));
        Assert.Empty(SqliteRows.FirstColumn(db, "SELECT id FROM stories s WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.story_id = s.id)"));
        Assert.Equal(Events, SqliteRows.FirstColumn(db, "SELECT id FROM stories").Count);
    }
}
