using System.Text;
using Readout.Tests.Support;
using Readout.Ingest;
using Readout.Stories;

namespace Readout.Tests.Ingest;

/// <summary>Every bad input gets one failure naming it and the reason; the rest of the batch proceeds.</summary>
public class BadInputTests
{
    private static async Task<IngestFailure> SingleFailureBesideAGoodFile(TempFolder folder, string badInput, IngestOptions? options = null)
    {
        var good = folder.Write("zz-good.txt", "A perfectly good article.");
        var (articles, failures) = await Inputs.ReadAsync([badInput, good], options);
        Assert.Equal("zz-good", Assert.Single(articles).Id);
        return Assert.Single(failures);
    }

    [Fact]
    public async Task Missing_file()
    {
        using var folder = new TempFolder();
        var missing = folder.PathOf("nowhere.txt");

        var failure = await SingleFailureBesideAGoodFile(folder, missing);

        Assert.Equal(missing, failure.Input);
        Assert.Equal("file not found", failure.Reason);
    }

    [Fact]
    public async Task Binary_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]);

        var failure = await SingleFailureBesideAGoodFile(folder, path);

        Assert.Contains("binary", failure.Reason);
    }

    [Fact]
    public async Task Empty_text()
    {
        using var folder = new TempFolder();
        var path = folder.Write("blank.txt", "   \n\n  ");

        var failure = await SingleFailureBesideAGoodFile(folder, path);

        Assert.Equal("empty text", failure.Reason);
    }

    [Fact]
    public async Task File_over_the_size_cap()
    {
        using var folder = new TempFolder();
        var path = folder.Write("huge.txt", new string('a', 2048));

        var failure = await SingleFailureBesideAGoodFile(folder, path, IngestOptions.Default with { MaxBytes = 1024 });

        Assert.Contains("over the 1,024-byte cap", failure.Reason);
    }

    [Fact]
    public async Task Undetectable_encoding()
    {
        using var folder = new TempFolder();
        var path = folder.Write("garbled.txt", [.. Encoding.ASCII.GetBytes("Talks "), 0x81, 0xC3, 0x28, 0x9D]);

        var failure = await SingleFailureBesideAGoodFile(folder, path);

        Assert.Contains("encoding could not be detected", failure.Reason);
    }

    [Fact]
    public async Task Utf16_file_with_bom_is_read()
    {
        using var folder = new TempFolder();
        var path = folder.Write("wide.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Wide text article.")]);

        var (articles, failures) = await Inputs.ReadAsync([path]);

        Assert.Empty(failures);
        Assert.Equal("Wide text article.", Assert.Single(articles).RawText);
    }

    [Fact]
    public async Task Manifest_line_that_is_not_json()
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("m.jsonl", "{\"id\": \"ok\", \"text\": \"Fine.\"}\nthis is not json\n{\"id\": \"ok2\", \"text\": \"Also fine.\"}");

        var (articles, failures) = await Inputs.ReadAsync([manifest]);

        Assert.Equal(["ok", "ok2"], articles.Select(a => a.Id));
        var failure = Assert.Single(failures);
        Assert.Equal($"{manifest} line 2", failure.Input);
        Assert.StartsWith("not valid JSON", failure.Reason);
    }

    [Fact]
    public async Task Manifest_line_without_id()
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("m.jsonl", "{\"text\": \"No id here.\"}\n{\"id\": \"ok\", \"text\": \"Fine.\"}");

        var (articles, failures) = await Inputs.ReadAsync([manifest]);

        Assert.Equal("ok", Assert.Single(articles).Id);
        Assert.Equal("missing required field 'id'", Assert.Single(failures).Reason);
    }

    [Fact]
    public async Task Duplicate_ids_in_one_manifest()
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("m.jsonl", "{\"id\": \"x\", \"text\": \"One.\"}\n{\"id\": \"x\", \"text\": \"Two.\"}");

        var (articles, failures) = await Inputs.ReadAsync([manifest]);

        Assert.Equal("One.", Assert.Single(articles).RawText);
        Assert.Equal("duplicate id 'x', first used on line 1", Assert.Single(failures).Reason);
    }

    [Fact]
    public async Task Unparseable_published()
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("m.jsonl", "{\"id\": \"x\", \"text\": \"One.\", \"published\": \"last Tuesday\"}");

        var (articles, failures) = await Inputs.ReadAsync([manifest]);

        Assert.Empty(articles);
        var failure = Assert.Single(failures);
        Assert.Contains("(id 'x')", failure.Input);
        Assert.Contains("'published' is not an ISO-8601 date", failure.Reason);
    }

    [Fact]
    public async Task Manifest_path_that_is_missing()
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("m.jsonl", "{\"id\": \"x\", \"path\": \"gone.txt\"}");

        var (_, failures) = await Inputs.ReadAsync([manifest]);

        Assert.Equal("file not found: gone.txt", Assert.Single(failures).Reason);
    }

    [Fact]
    public async Task Feed_that_is_not_xml()
    {
        using var folder = new TempFolder();
        var path = folder.Write("broken.rss", "<rss><channel><item>unclosed");

        var failure = await SingleFailureBesideAGoodFile(folder, path);

        Assert.StartsWith("feed is not well-formed XML", failure.Reason);
    }

    [Fact]
    public async Task Html_page_without_main_text()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.html", "<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>");

        var failure = await SingleFailureBesideAGoodFile(folder, path);

        Assert.Equal("HTML page has no main text", failure.Reason);
    }

    [Fact]
    public async Task Same_id_from_two_inputs_in_one_batch()
    {
        using var folder = new TempFolder();
        var first = folder.Write("a/report.txt", "First version.");
        var second = folder.Write("b/report.txt", "Second version.");

        var (articles, failures) = await Inputs.ReadAsync([first, second]);

        Assert.Equal("First version.", Assert.Single(articles).RawText);
        Assert.Equal(second, Assert.Single(failures).Input);
    }
}
