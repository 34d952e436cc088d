using System.Text.Json.Nodes;
using Readout.Cli;
using Readout.Tests.Support;

namespace Readout.Tests.Cli;

/// <summary>The bundled sample ingested once for all the listing tests.</summary>
public sealed class SampleStore : IDisposable
{
    private readonly TempFolder folder = new();

    public SampleStore() => Value = Ingest();

    public Task<string> Value { get; }

    public void Dispose() => folder.Dispose();

    private async Task<string> Ingest()
    {
        var db = folder.PathOf("store.db");
        await InProcessCli.RunAsync("ingest", Path.Combine(Repository.Root, "samples", "calls"), "--db", db, "--quiet");
        return db;
    }
}

/// <summary>stories, search, show and timeline: the same filters and the formats table, CSV and JSON, over the bundled sample.</summary>
public class ListingCommandTests(SampleStore store) : IClassFixture<SampleStore>
{
    [Fact]
    public async Task Stories_filter_by_date_outlet_and_actor_and_print_json()
    {
        var db = await store.Value;

        var all = JsonNode.Parse((await InProcessCli.RunAsync("stories", "--db", db, "--format", "json")).Stdout)!.AsArray();
        var march = JsonNode.Parse((await InProcessCli.RunAsync("stories", "--db", db, "--format", "json", "--until", "2026-03-31")).Stdout)!.AsArray();
        var kaderov = JsonNode.Parse((await InProcessCli.RunAsync("stories", "--db", db, "--format", "json", "--actor", "Kaderov")).Stdout)!.AsArray();
        var sadrin = JsonNode.Parse((await InProcessCli.RunAsync("stories", "--db", db, "--format", "json", "--outlet", "sadrin")).Stdout)!.AsArray();

        Assert.True(all.Count > march.Count);
        Assert.All(march, story => Assert.StartsWith("2026-03", story!["date"]!.GetValue<string>()));
        Assert.NotEmpty(kaderov);
        Assert.All(kaderov, story => Assert.Contains(story!["participants"]!.AsArray(), p => p!.GetValue<string>().EndsWith("Kaderov", StringComparison.Ordinal)));
        var only = Assert.Single(sadrin);
        Assert.Contains(only!["outlets"]!.AsArray(), outlet => outlet!.GetValue<string>() == "Sadrin Times");
    }

    [Fact]
    public async Task Stories_page_with_limit_and_offset_in_the_order_of_the_whole_listing_and_filters_apply_before_the_page()
    {
        var db = await store.Value;
        static List<string> Ids(string json) => [.. JsonNode.Parse(json)!.AsArray().Select(story => story!["id"]!.GetValue<string>())];

        var all = Ids((await InProcessCli.RunAsync("stories", "--db", db, "--format", "json")).Stdout);
        var page = await InProcessCli.RunAsync("stories", "--db", db, "--format", "json", "--offset", "1", "--limit", "2");
        var march = Ids((await InProcessCli.RunAsync("stories", "--db", db, "--format", "json", "--until", "2026-03-31")).Stdout);
        var marchPage = Ids((await InProcessCli.RunAsync("stories", "--db", db, "--format", "json", "--until", "2026-03-31", "--offset", "1", "--limit", "1")).Stdout);
        var zero = await InProcessCli.RunAsync("stories", "--db", db, "--limit", "0");

        Assert.True(all.Count > 3);
        Assert.Equal(all.Skip(1).Take(2), Ids(page.Stdout));
        Assert.StartsWith($"2 stories of {all.Count}", page.Stderr);
        Assert.Equal(march.Skip(1).Take(1), marchPage);
        Assert.Equal(ExitCodes.Usage, zero.ExitCode);
    }

    [Fact]
    public async Task Csv_has_a_header_and_quotes_what_needs_it()
    {
        var db = await store.Value;

        var csv = (await InProcessCli.RunAsync("stories", "--db", db, "--format", "csv")).Stdout.TrimEnd('\n').Split('\n');

        Assert.Equal("id,articles,date,outlets,participants,headline", csv[0]);
        Assert.Contains(csv.Skip(1), line => line.EndsWith("\"", StringComparison.Ordinal) && line.Contains(",\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_and_timeline_take_the_same_filters()
    {
        var db = await store.Value;

        var search = JsonNode.Parse((await InProcessCli.RunAsync("search", "border", "--db", db, "--format", "json", "--since", "2026-07-01")).Stdout)!.AsArray();
        var timeline = (await InProcessCli.RunAsync("timeline", "--db", db, "--format", "csv", "--since", "2026-07-01", "--outlet", "GlobalWire")).Stdout.TrimEnd('\n').Split('\n');

        Assert.All(search, hit => Assert.StartsWith("2026-07", hit!["published"]!.GetValue<string>()));
        Assert.StartsWith("date,type,mode,participants,story,articles,headline", timeline[0]);
        Assert.All(timeline.Skip(1), line => Assert.StartsWith("2026-07", line));
        Assert.NotEmpty(timeline.Skip(1));
    }

    [Fact]
    public async Task A_bad_date_is_a_usage_error()
    {
        var db = await store.Value;

        var run = await InProcessCli.RunAsync("stories", "--db", db, "--since", "last week");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("error: --since must be a date such as 2025-03-04, not 'last week'", run.Stderr);
    }

    [Fact]
    public async Task Show_article_names_its_story_in_every_format()
    {
        var db = await store.Value;
        var story = JsonNode.Parse((await InProcessCli.RunAsync("stories", "--db", db, "--format", "json", "--outlet", "sadrin")).Stdout)!.AsArray()[0]!["id"]!.GetValue<string>();

        var markdown = await InProcessCli.RunAsync("show", "sadrin-times-vienna", "--db", db);
        var json = JsonNode.Parse((await InProcessCli.RunAsync("show", "sadrin-times-vienna", "--db", db, "--format", "json")).Stdout)!;
        var csv = (await InProcessCli.RunAsync("show", "sadrin-times-vienna", "--db", db, "--format", "csv")).Stdout;
        var storyTable = await InProcessCli.RunAsync("show", story, "--db", db, "--format", "table");

        Assert.Contains($"- story: {story} (", markdown.Stdout);
        Assert.Equal(story, json["articles"]![0]!["story"]!.GetValue<string>());
        Assert.Contains($",{story},", csv);
        Assert.Contains("sadrin-times-vienna", storyTable.Stdout);
        Assert.StartsWith("id ", storyTable.Stdout);
    }

    [Fact]
    public async Task Settings_in_readout_json_give_defaults_and_flags_override_them()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "The ministers met in Vienna on Monday.");
        folder.Write("readout.json", """
            // Readout's settings for this folder
            { "db": "data/store.db", "formats": { "stories": "csv", "analyze": "table" }, "timeout": 5 }
            """);

        var ingest = await CliProcess.RunAsync(folder.Root, "ingest", "a.txt", "--quiet");
        var stories = await CliProcess.RunAsync(folder.Root, "stories");
        var overridden = await CliProcess.RunAsync(folder.Root, "stories", "--format", "json");
        var analyze = await CliProcess.RunAsync(folder.Root, "analyze", "a.txt", "--quiet");

        Assert.Equal(0, ingest.ExitCode);
        Assert.True(File.Exists(folder.PathOf("data/store.db")));
        Assert.StartsWith("id,articles,date", stories.Stdout);
        Assert.StartsWith("[", overridden.Stdout);
        Assert.StartsWith("id  ", analyze.Stdout);
    }

    [Fact]
    public async Task A_broken_settings_file_is_a_usage_error_naming_it()
    {
        using var folder = new TempFolder();
        folder.Write("readout.json", "{ \"timeout\": \"soon\" }");

        var run = await CliProcess.RunAsync(folder.Root, "stories");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith($"error: {folder.PathOf("readout.json")}: a setting has a value of the wrong kind", run.Stderr);
    }
}
