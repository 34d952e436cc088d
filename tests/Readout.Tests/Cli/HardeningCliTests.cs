using Readout.Cli;
using Readout.Tests.Support;

namespace Readout.Tests.Cli;

/// <summary>Option values, queries and hostile article text at the command line: usage errors, never stack traces or raw escapes.</summary>
public class HardeningCliTests
{
    private const string Escape = "\u001b";

    [Theory]
    [InlineData("--timeout", "0")]
    [InlineData("--timeout", "-1")]
    [InlineData("--timeout", "NaN")]
    [InlineData("--timeout", "1e309")]
    [InlineData("--max-bytes", "-1")]
    [InlineData("--max-bytes", "0")]
    public async Task Out_of_range_option_values_are_usage_errors(string option, string value)
    {
        using var folder = new TempFolder();
        var article = folder.Write("a.txt", "A good article.");

        var run = await InProcessCli.RunAsync("analyze", article, option, value);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith($"error: {option} must be", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    private static async Task<string> StoreWithHostileArticleAsync(TempFolder folder)
    {
        // Written as JSON escapes: \u001b is ESC, \u0007 BEL, \u009b the one-character CSI.
        var manifest = folder.Write("m.jsonl",
            "{\"id\": \"evil\\u001b[2J\", \"title\": \"Talks\\u001b]52;c;ZXZpbA==\\u0007 [click](javascript:alert(1)) <script>alert(1)</script>\", "
            + "\"source\": \"Wire\\u001b]0;owned\\u0007\\u009b31m\", \"text\": \"The ministers met in Vienna on Monday and agreed to form working groups.\"}\n");
        var db = folder.PathOf("store.db");
        var ingest = await InProcessCli.RunAsync("ingest", manifest, "--db", db);
        Assert.Equal(ExitCodes.Success, ingest.ExitCode);
        return db;
    }

    [Fact]
    public async Task Escape_sequences_from_articles_never_reach_the_terminal()
    {
        using var folder = new TempFolder();
        var db = await StoreWithHostileArticleAsync(folder);
        var story = (await InProcessCli.RunAsync("stories", "--db", db)).Stdout.Split(' ')[0];

        var runs = new[]
        {
            await InProcessCli.RunAsync("analyze", folder.PathOf("m.jsonl"), "--format", "table"),
            await InProcessCli.RunAsync("analyze", folder.PathOf("m.jsonl"), "--format", "markdown"),
            await InProcessCli.RunAsync("search", "ministers", "--db", db),
            await InProcessCli.RunAsync("show", $"evil{Escape}[2J", "--db", db),
            await InProcessCli.RunAsync("show", story, "--db", db),
            await InProcessCli.RunAsync("stories", "--db", db),
            await InProcessCli.RunAsync("timeline", "--db", db),
            await InProcessCli.RunAsync("show", $"nothing{Escape}]52;c;ZXZpbA==\u0007", "--db", db),
        };

        foreach (var run in runs)
        {
            Assert.DoesNotContain(Escape, run.Stdout + run.Stderr);
            Assert.DoesNotContain("\u009b", run.Stdout + run.Stderr);
            Assert.DoesNotContain("\u0007", run.Stdout + run.Stderr);
        }

        Assert.Contains("Talks [click](javascript:alert(1)) <script>", runs[0].Stdout);
    }

    [Fact]
    public async Task The_markdown_brief_carries_no_live_link_or_script_from_an_article()
    {
        using var folder = new TempFolder();
        var db = await StoreWithHostileArticleAsync(folder);
        var story = (await InProcessCli.RunAsync("stories", "--db", db)).Stdout.Split(' ')[0];

        foreach (var run in new[] { await InProcessCli.RunAsync("analyze", folder.PathOf("m.jsonl"), "--format", "markdown"), await InProcessCli.RunAsync("show", story, "--db", db) })
        {
            Assert.DoesNotContain("<script>", run.Stdout);
            Assert.DoesNotContain("](javascript:", run.Stdout);
            Assert.DoesNotContain("]0;owned", run.Stdout);
        }
    }

    [Fact]
    public async Task Each_failed_input_is_one_plain_line_even_when_its_name_holds_newlines()
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.txt", "A good article.");

        var run = await InProcessCli.RunAsync("analyze", good, "missing\nfile.txt", $"gone{Escape}[31m.txt", "--quiet");

        var lines = run.Stderr.TrimEnd('\n').Split('\n');
        Assert.Equal(["error: missing file.txt: file not found", "error: gone.txt: file not found"], lines);
        Assert.Equal(ExitCodes.SomeInputsFailed, run.ExitCode);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("OR")]
    [InlineData("talks OR")]
    [InlineData("*")]
    [InlineData("( ) : ^")]
    public async Task A_search_that_cannot_run_is_a_usage_error_with_a_hint(string query)
    {
        using var folder = new TempFolder();
        var db = await StoreWithHostileArticleAsync(folder);

        var run = await InProcessCli.RunAsync("search", query, "--db", db);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("error: search: ", run.Stderr);
        Assert.Contains("as in", run.Stderr.Replace("such as", "as in", StringComparison.Ordinal));
        Assert.Single(run.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Search_shows_the_total_not_the_page_size()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 5; i++)
        {
            folder.Write($"in/a{i}.txt", $"Report {i}: the ministers met again and talked about harbour number {i * 7}.");
        }

        await InProcessCli.RunAsync("ingest", folder.PathOf("in"), "--db", folder.PathOf("store.db"));

        var run = await InProcessCli.RunAsync("search", "ministers", "--limit", "2", "--db", folder.PathOf("store.db"));

        Assert.Equal(2, run.Stdout.Split('\n').Count(line => line.StartsWith('a')));
        Assert.StartsWith("5 articles match ministers; the best 2 shown", run.Stderr);
    }

    [Fact]
    public async Task Counts_say_one_article_not_one_articles()
    {
        using var folder = new TempFolder();
        var article = folder.Write("a.txt", "The ministers met in Vienna on Monday.");

        var analyze = await InProcessCli.RunAsync("analyze", article, "--format", "markdown");
        var ingest = await InProcessCli.RunAsync("ingest", article, "--db", folder.PathOf("store.db"));
        var stories = await InProcessCli.RunAsync("stories", "--db", folder.PathOf("store.db"));

        Assert.Contains("1 article, ", analyze.Stdout);
        Assert.Contains("1 article analyzed, 0 inputs failed", analyze.Stderr);
        Assert.Contains("  1 article  ", ingest.Stdout);
        Assert.Contains("  1 article  ", stories.Stdout);
        Assert.Contains("1 story, 1 article stored", stories.Stderr);
    }

    [Fact]
    public async Task A_folder_s_skipped_files_are_counted_in_the_summary()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "The ministers met in Vienna on Monday.");
        folder.Write("in/logo.png", [0x89, 0x50]);

        var run = await InProcessCli.RunAsync("analyze", folder.PathOf("in"));

        Assert.Contains("1 article analyzed, 0 inputs failed, 1 file in folders skipped (not article files)", run.Stderr);
    }

    [Theory]
    [InlineData("ministers", 1)]
    [InlineData("minist*", 1)]
    [InlineData("\"working groups\"", 1)]
    [InlineData("\"groups working\"", 0)]
    [InlineData("harbour OR ministers", 1)]
    [InlineData("harbour ministers", 0)]
    [InlineData("\"working groups", 1)]
    [InlineData("working\u0000groups", 1)]
    [InlineData("groups working AND ( NEAR", 0)]
    public async Task Search_understands_words_prefixes_phrases_and_or(string query, int hits)
    {
        using var folder = new TempFolder();
        var db = await StoreWithHostileArticleAsync(folder);

        var run = await InProcessCli.RunAsync("search", query, "--db", db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith(Core.Plural.Of(hits, "article"), run.Stderr);
    }

    [Fact]
    public async Task An_http_reason_phrase_with_escape_sequences_reaches_stderr_clean()
    {
        using var server = new RawHttpServer();
        var url = server.Serve("/oops", "HTTP/1.1 500 Oops\u001b]52;c;ZXZpbA==\u0007\u001b[2J\nContent-Length: 0\nConnection: close", []);

        var run = await InProcessCli.RunAsync("analyze", url, "--quiet");

        Assert.Equal($"error: {url}: HTTP 500 Oops\n", run.Stderr);
    }
}
