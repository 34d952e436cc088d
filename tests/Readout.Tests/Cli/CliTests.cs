using System.Text.Json.Nodes;
using Readout.Cli;
using Readout.Tests.Support;
using Readout.Stories;

namespace Readout.Tests.Cli;

/// <summary>The commands, run in this process; the usage-error test runs the real executable to check its streams and exit code.</summary>
public class CliTests
{
    [Fact]
    public async Task Analyze_prints_the_contract_json_on_stdout_only()
    {
        using var folder = new TempFolder();
        folder.Write("in/call.txt", "+ ↺ − 16 px\nThe two presidents spoke by phone on Sunday.\nread more");

        var run = await InProcessCli.RunAsync("analyze", folder.PathOf("in"), "--format", "json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var json = JsonNode.Parse(run.Stdout)!.AsObject();
        foreach (var section in new[] { "articles", "stories", "events", "quotes", "times" })
        {
            Assert.NotNull(json[section] as JsonArray);
        }

        var article = json["articles"]![0]!;
        Assert.Equal("call", article["id"]!.GetValue<string>());
        Assert.Equal("The two presidents spoke by phone on Sunday.", article["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_failed_input_is_named_on_stderr_and_the_exit_code_says_so()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", "A good article about talks.");

        var run = await InProcessCli.RunAsync("analyze", folder.PathOf("good.txt"), folder.PathOf("missing.txt"), "--format", "json");

        Assert.Equal(ExitCodes.SomeInputsFailed, run.ExitCode);
        Assert.Contains("missing.txt: file not found", run.Stderr);
        var json = JsonNode.Parse(run.Stdout)!;
        Assert.Single(json["articles"]!.AsArray());
        Assert.Equal(folder.PathOf("missing.txt"), json["errors"]![0]!["input"]!.GetValue<string>());
    }

    [Fact]
    public async Task Nothing_usable_exits_with_its_own_code()
    {
        using var folder = new TempFolder();

        var run = await InProcessCli.RunAsync("analyze", folder.PathOf("missing.txt"));

        Assert.Equal(ExitCodes.NoInputUsable, run.ExitCode);
    }

    [Fact]
    public async Task Unknown_format_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", "A good article.");

        var run = await CliProcess.RunAsync(folder.Root, "analyze", "good.txt", "--format", "yaml");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains("error:", run.Stderr);
    }

    [Fact]
    public async Task Markdown_and_table_formats_print_a_readable_summary()
    {
        using var folder = new TempFolder();
        folder.Write("talks.txt", "Envoys met in Oslo on Monday.\nThey agreed to meet again.\nLakeside Wire");

        var markdown = await InProcessCli.RunAsync("analyze", folder.PathOf("talks.txt"), "--format", "markdown");
        var table = await InProcessCli.RunAsync("analyze", folder.PathOf("talks.txt"), "--format", "table");

        Assert.Contains("# Readout", markdown.Stdout);
        Assert.Contains("`talks`", markdown.Stdout);
        Assert.Contains("talks", table.Stdout);
        Assert.Contains("Envoys met in Oslo", table.Stdout);
    }

    [Fact]
    public async Task Plover_format_prints_one_json_object_per_event_line()
    {
        using var folder = new TempFolder();
        folder.Write("talks.txt", "The foreign ministers of Norway and Chile met in Oslo on Monday. Chile rejected the proposal.");

        var run = await InProcessCli.RunAsync("analyze", folder.PathOf("talks.txt"), "--format", "plover");

        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Equal("talks", JsonNode.Parse(line)!["article_id"]!.GetValue<string>()));
        Assert.Contains(lines, line => JsonNode.Parse(line)!["event_type"]!.GetValue<string>() == "REJECT");
    }

    [Fact]
    public async Task Ingest_is_idempotent_and_search_and_show_read_the_store()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "The presidents agreed to form two working groups on security.");
        folder.Write("in/b.txt", "The port reopened after the storm.");

        var first = await InProcessCli.RunAsync("ingest", folder.PathOf("in"), "--db", folder.PathOf("store.db"));
        var second = await InProcessCli.RunAsync("ingest", folder.PathOf("in"), "--db", folder.PathOf("store.db"));
        var search = await InProcessCli.RunAsync("search", "working groups", "--db", folder.PathOf("store.db"));
        var show = await InProcessCli.RunAsync("show", "b", "--db", folder.PathOf("store.db"));
        var stories = await InProcessCli.RunAsync("stories", "--db", folder.PathOf("store.db"));

        Assert.Equal(2, first.Stdout.Split('\n').Count(line => line.StartsWith("created  s", StringComparison.Ordinal)));
        Assert.Contains("\n2 stored, 0 already stored", "\n" + first.Stdout);
        Assert.StartsWith("0 stored, 2 already stored", second.Stdout);
        Assert.Contains("a ", search.Stdout);
        Assert.Contains("[working]", search.Stdout);
        Assert.Contains("The port reopened after the storm.", show.Stdout);
        Assert.Equal(ExitCodes.Success, stories.ExitCode);
        Assert.Contains("2 articles stored", stories.Stderr);
    }

    [Fact]
    public async Task Ingest_with_a_failed_input_leaves_the_store_as_it_was()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "The presidents agreed to form two working groups.");
        await InProcessCli.RunAsync("ingest", folder.PathOf("a.txt"), "--db", folder.PathOf("store.db"));
        folder.Write("sub/a.txt", "A different article under the same id.");

        var clash = await InProcessCli.RunAsync("ingest", folder.PathOf("sub/a.txt"), folder.PathOf("gone.txt"), "--db", folder.PathOf("store.db"));
        var show = await InProcessCli.RunAsync("show", "a", "--db", folder.PathOf("store.db"));

        Assert.Equal(ExitCodes.SomeInputsFailed, clash.ExitCode);
        Assert.Contains("already stored for a different article", clash.Stderr);
        Assert.Contains("gone.txt: file not found", clash.Stderr);
        Assert.Contains("two working groups", show.Stdout);
    }

    [Fact]
    public async Task Stories_timeline_and_story_brief_read_the_store()
    {
        using var folder = new TempFolder();
        var samples = Path.Combine(RepositoryRoot(), "samples", "calls");

        await InProcessCli.RunAsync("ingest", samples, "--db", folder.PathOf("store.db"), "--quiet");
        var stories = await InProcessCli.RunAsync("stories", "--db", folder.PathOf("store.db"));
        var timeline = await InProcessCli.RunAsync("timeline", "--actor", "Kaderov", "--db", folder.PathOf("store.db"), "--format", "json");
        var everything = await InProcessCli.RunAsync("timeline", "--db", folder.PathOf("store.db"), "--format", "json");
        var firstStory = stories.Stdout.Split(' ', 2)[0];
        var brief = await InProcessCli.RunAsync("show", firstStory, "--db", folder.PathOf("store.db"));

        var filtered = JsonNode.Parse(timeline.Stdout)!.AsArray();
        var all = JsonNode.Parse(everything.Stdout)!.AsArray();
        Assert.NotEmpty(filtered);
        Assert.All(filtered, entry => Assert.Contains(entry!["participants"]!.AsArray(), p => p!.GetValue<string>().EndsWith("Kaderov", StringComparison.Ordinal)));
        Assert.True(filtered.Count <= all.Count);
        var dates = all.Select(e => e!["date"]?.GetValue<string>() ?? "9999").ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Contains("| slot | value | status |", brief.Stdout);
        Assert.Contains("### Sources", brief.Stdout);
    }

    private static string RepositoryRoot()
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

    [Fact]
    public async Task Show_of_an_unknown_id_says_so()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "An article.");
        await InProcessCli.RunAsync("ingest", folder.PathOf("a.txt"), "--db", folder.PathOf("store.db"));

        var run = await InProcessCli.RunAsync("show", "nope", "--db", folder.PathOf("store.db"));

        Assert.NotEqual(ExitCodes.Success, run.ExitCode);
        Assert.Contains("nope: no story or article", run.Stderr);
    }

    [SharedFact]
    public async Task Seeds_output_is_accepted_by_the_scorer()
    {
        var run = await InProcessCli.RunAsync("analyze", SharedCorpus.Path("corpus/seeds/manifest.jsonl"), "--format", "json", "--quiet");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var json = JsonNode.Parse(run.Stdout)!.AsObject();
        Assert.Equal(
            ["000_f7e96df190ecfd63", "001_da5aa5788c6e69b4", "002_e9badef1529b59aa", "003_b2b5f8add1834825", "004_65576afbf4a0ea79"],
            json["articles"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()));
        var metrics = SharedCorpus.Score("score.py", "eval/gold/seeds.json", json);
        Assert.Contains("story_f1", metrics.Keys);
        Assert.Contains("quote_e2e_f1", metrics.Keys);
    }
}
