using System.Text;
using Readout.Ingest;
using Readout.Pipeline;
using Readout.Reporting;
using Readout.Tests.Support;

namespace Readout.Tests.Ingest;

/// <summary>Inputs that once crashed the reader or the JSON writer: each now ends in an article or in one plain failure.</summary>
public class HostileInputTests
{
    [Fact]
    public async Task A_page_declaring_utf7_is_read_without_trusting_the_declaration()
    {
        using var folder = new TempFolder();
        var html = "<html><head><meta charset=\"utf-7\"><title>Talks</title></head><body><article><p>Caf\u00e9 owners met the mayor on Monday to talk about the new market rules for the old town.</p></article></body></html>";
        var path = folder.Write("page.html", Encoding.Latin1.GetBytes(html));

        var (articles, failures) = await Inputs.ReadAsync([path]);

        Assert.Empty(failures);
        Assert.Contains("Café owners", Assert.Single(articles).RawText);
    }

    [Theory]
    [InlineData("{\"id\": \"a\\ud800\", \"text\": \"Talks went on.\"}", "id")]
    [InlineData("{\"id\": \"b\", \"text\": \"Talks \\udc00 went on.\"}", "text")]
    [InlineData("{\"id\": \"c\", \"text\": \"x\", \"title\": \"\\ud83d\"}", "title")]
    public async Task A_manifest_field_with_a_lone_surrogate_fails_that_line(string line, string field)
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("m.jsonl", line + "\n{\"id\": \"good\", \"text\": \"A good article.\"}\n");

        var (articles, failures) = await Inputs.ReadAsync([manifest]);

        Assert.Equal("good", Assert.Single(articles).Id);
        Assert.Equal($"'{field}' is not valid Unicode text (it holds a lone surrogate escape)", Assert.Single(failures).Reason);
    }

    [Fact]
    public async Task A_manifest_line_that_is_not_json_says_so_without_parser_internals()
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("m.jsonl", "{\"id\": \"a\", \"text\": \"x\"\n{\"id\": \"good\", \"text\": \"A good article.\"}\n");

        var (_, failures) = await Inputs.ReadAsync([manifest]);

        var reason = Assert.Single(failures).Reason;
        Assert.StartsWith("not valid JSON", reason);
        Assert.DoesNotContain("BytePositionInLine", reason);
        Assert.DoesNotContain("LineNumber", reason);
    }

    [Fact]
    public void A_number_of_320_digits_never_becomes_infinity_in_the_json()
    {
        var text = "The deficit reached " + new string('9', 320) + " billion dollars, officials said on Monday.";

        var analysis = AnalysisPipeline.Standard().Analyze([new Core.Article("big", text, "test")]);
        var json = ContractJson.Serialize(ContractJson.Build(analysis, []));

        Assert.DoesNotContain("Infinity", json);
        Assert.DoesNotContain("NaN", json);
    }

    [Fact]
    public async Task An_empty_folder_is_an_error()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.PathOf("empty"));

        var (articles, failures) = await Inputs.ReadAsync([folder.PathOf("empty")]);

        Assert.Empty(articles);
        Assert.Equal("empty folder", Assert.Single(failures).Reason);
    }

    [Fact]
    public async Task A_folder_named_like_a_text_file_is_read_as_a_folder_and_its_emptiness_said()
    {
        using var folder = new TempFolder();
        folder.Write("x.txt/photo.jpg", [0xFF, 0xD8, 0xFF]);

        var (_, failures) = await Inputs.ReadAsync([folder.PathOf("x.txt")]);

        Assert.StartsWith("no article files in this folder (1 other file skipped", Assert.Single(failures).Reason);
    }

    [Fact]
    public async Task Skipped_files_in_a_folder_are_counted()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "An article about talks.");
        folder.Write("in/b.jpg", [0xFF, 0xD8]);
        folder.Write("in/deep/c.pdf", [0x25, 0x50]);
        var reader = new InputReader(IngestOptions.Default);

        var (articles, failures) = await reader.ReadAllAsync([folder.PathOf("in")]);

        Assert.Single(articles);
        Assert.Empty(failures);
        Assert.Equal(2, reader.SkippedFiles);
    }

    [UnprivilegedFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task An_unreadable_subfolder_is_one_failure_and_the_rest_is_read()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "An article about talks.");
        folder.Write("in/locked/b.txt", "Another article.");
        var locked = folder.PathOf("in/locked");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var (articles, failures) = await Inputs.ReadAsync([folder.PathOf("in")]);

            Assert.Equal("a", Assert.Single(articles).Id);
            var failure = Assert.Single(failures);
            Assert.Equal(locked, failure.Input);
            Assert.Equal("cannot read folder (permission denied)", failure.Reason);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public async Task A_linked_subfolder_pointing_back_up_does_not_loop()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "An article about talks.");
        Directory.CreateSymbolicLink(folder.PathOf("in/again"), folder.PathOf("in"));

        var (articles, failures) = await Inputs.ReadAsync([folder.PathOf("in")]);

        Assert.Equal("a", Assert.Single(articles).Id);
        Assert.Empty(failures);
    }

    [Fact]
    public async Task A_nul_beyond_the_binary_sniff_or_escaped_in_a_manifest_becomes_a_replacement_character()
    {
        using var folder = new TempFolder();
        var text = folder.Write("long.txt", new string('a', 9000) + "\0 and the rest of the article.");
        var manifest = folder.Write("m.jsonl", "{\"id\": \"n\\u0000ul\", \"text\": \"Talks\\u0000 went on.\"}");

        var (articles, failures) = await Inputs.ReadAsync([text, manifest]);

        Assert.Empty(failures);
        Assert.EndsWith("\ufffd and the rest of the article.", articles[0].RawText);
        Assert.Equal("n\ufffdul", articles[1].Id);
        Assert.Equal("Talks\ufffd went on.", articles[1].RawText);
    }
}
