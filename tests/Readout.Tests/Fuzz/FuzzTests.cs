using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Readout.Core;
using Readout.Ingest;
using Readout.Pipeline;
using Readout.Reporting;
using Readout.Storage;
using Readout.Tests.Support;

namespace Readout.Tests.Fuzz;

/// <summary>
/// Thousands of generated hostile inputs per run, through every reader, the analysis, every output
/// format and the store: each must end in articles or plain failures, never in an exception.
/// Counts and how to replay a failure: docs/reliability.md.
/// </summary>
public class FuzzTests
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipeline.Standard();

    /// <summary>A folder with the files a generated manifest may name: a good article, a subfolder, itself.</summary>
    private static TempFolder Fixtures()
    {
        var folder = new TempFolder();
        folder.Write("good.txt", "A good article about the talks in Vienna.");
        folder.Write("sub/inner.txt", "Another good article.");
        folder.Write("m.jsonl", "{\"id\": \"self\", \"text\": \"x\"}");
        return folder;
    }

    private static void AssertWellFormed(IReadOnlyList<Article> articles, IReadOnlyList<IngestFailure> failures)
    {
        foreach (var failure in failures)
        {
            Assert.False(string.IsNullOrWhiteSpace(failure.Reason), $"a failure of {failure.Input} without a reason");
            Assert.DoesNotContain("internal error", failure.Reason);
        }

        foreach (var article in articles)
        {
            Assert.False(string.IsNullOrWhiteSpace(article.RawText), $"article {article.Id} without text");
            Assert.DoesNotContain('\0', article.Id + article.RawText + article.Title + article.Source + article.Url + article.Language);
        }
    }

    /// <summary>Analyzes the articles and renders every output format; none may throw or write a non-number.</summary>
    private static void AnalyzeAndRender(IReadOnlyList<Article> articles, IReadOnlyList<IngestFailure> failures)
    {
        var analysis = Pipeline.Analyze(articles);
        var contract = ContractJson.Build(analysis, failures);
        // The JSON writer throws on a number it cannot write (infinity, NaN); the parse checks what it wrote.
        Assert.NotNull(JsonNode.Parse(ContractJson.Serialize(contract)));
        var terminal = ControlSequenceFilter.Clean(MarkdownReport.Build(contract) + TableReport.Render(analysis) + PloverJsonl.Write(analysis.Documents));
        Assert.DoesNotContain('\u001b', terminal);
    }

    [Fact]
    public void Any_file_in_any_format_is_read_or_refused_plainly()
    {
        using var folder = Fixtures();
        var reader = new InputReader(IngestOptions.Default with { MaxBytes = 64 * 1024 });
        FuzzRun.Check(FuzzInputs.AnyFile, 2500, file =>
        {
            var path = folder.Write("case" + file.Extension, file.Bytes);
            try
            {
                var (articles, failures) = reader.ReadAllAsync([path]).GetAwaiter().GetResult();
                AssertWellFormed(articles, failures);
            }
            finally
            {
                File.Delete(path);
            }
        });
    }

    [Fact]
    public void Any_text_survives_the_analysis_and_every_output_format()
    {
        FuzzRun.Check(FuzzInputs.Text, 300, text =>
            AnalyzeAndRender(string.IsNullOrWhiteSpace(text) ? [] : [new Article("fuzz", text, "fuzz", Source: text.Length > 40 ? text[..40] : text, Title: text)], []));
    }

    [Fact]
    public void Any_html_page_survives_reading_and_the_analysis()
    {
        using var folder = Fixtures();
        var reader = new InputReader(IngestOptions.Default);
        FuzzRun.Check(FuzzInputs.Html, 300, html =>
        {
            var path = folder.Write("page.html", Encoding.UTF8.GetBytes(html));
            var (articles, failures) = reader.ReadAllAsync([path]).GetAwaiter().GetResult();
            AssertWellFormed(articles, failures);
            AnalyzeAndRender(articles, failures);
        });
    }

    [Fact]
    public void Any_manifest_is_read_line_by_line_without_escaping_its_lines()
    {
        using var folder = Fixtures();
        var reader = new InputReader(IngestOptions.Default);
        FuzzRun.Check(FuzzInputs.Manifest, 1000, manifest =>
        {
            var path = folder.Write("case.jsonl", Encoding.UTF8.GetBytes(manifest));
            var (articles, failures) = reader.ReadAllAsync([path]).GetAwaiter().GetResult();
            AssertWellFormed(articles, failures);
        });
    }

    [Fact]
    public void Stored_articles_of_any_text_read_back_and_search_with_any_query()
    {
        using var folder = new TempFolder();
        using var store = new ArticleStore(folder.PathOf("fuzz.db"));
        var writer = new StoreWriter(Pipeline);
        var count = 0;
        FuzzRun.Check(Gen.Zip(FuzzInputs.Text.Select(InputReader.WithoutNul), FuzzInputs.Text), 100, pair =>
        {
            // Readers never give the store a NUL (see AssertWellFormed); queries may hold anything.
            var (text, query) = pair;
            if (!string.IsNullOrWhiteSpace(text))
            {
                var id = $"fuzz-{count++}";
                var report = writer.Ingest(store, [new Article(id, text, "fuzz", Title: query)]);
                if (report.Stored.Any(pair => pair.Result.Outcome == StoreOutcome.Added))
                {
                    Assert.Equal(text, store.Articles([id]).Single().RawText);
                    Assert.NotNull(store.Document(id));
                }
            }

            try
            {
                store.Search(query);
                store.SearchCount(query);
            }
            catch (SearchQueryException)
            {
            }
        });
    }

    [Fact]
    public void The_terminal_filter_leaves_no_control_character_in_any_string()
    {
        var anyString = Gen.OneOf(ArbMap.Default.GeneratorFor<string>(), FuzzInputs.Text).Where(s => s is not null);
        FuzzRun.Check(anyString, 3000, text =>
        {
            var clean = ControlSequenceFilter.Clean(text);
            Assert.DoesNotContain(clean, c => c is < ' ' and not ('\n' or '\t') or (>= '\u007f' and <= '\u009f'));
            var oneLine = ControlSequenceFilter.OneLine(text);
            Assert.DoesNotContain('\n', oneLine);
            var markdown = MarkdownReport.Escape(text);
            Assert.DoesNotContain('<', markdown);
            Assert.DoesNotContain("](", markdown.Replace("\\](", string.Empty, StringComparison.Ordinal));
        });
    }

    [SharedFact]
    public void Mutated_real_pages_are_read_or_refused_plainly()
    {
        var pages = Directory.GetFiles(SharedCorpus.Path("corpus/aeb/html"), "*.html").Order(StringComparer.Ordinal).Take(24)
            .Select(File.ReadAllBytes).ToArray();
        using var folder = Fixtures();
        var reader = new InputReader(IngestOptions.Default);
        var edits = Gen.Zip(Gen.Choose(0, int.MaxValue), FuzzInputs.ByteSoup).ListOf();
        var mutated = Gen.Zip(Gen.Zip(Gen.Choose(0, pages.Length - 1), Gen.Choose(0, int.MaxValue)), edits)
            .Select(plan => Mutate(pages[plan.Item1.Item1], plan.Item1.Item2, plan.Item2));
        FuzzRun.Check(mutated, 150, bytes =>
        {
            var path = folder.Write("real.html", bytes);
            var (articles, failures) = reader.ReadAllAsync([path]).GetAwaiter().GetResult();
            AssertWellFormed(articles, failures);
        });
    }

    /// <summary>A window of up to 24 KB of a page, with generated bytes written over or into it at the given places.</summary>
    private static byte[] Mutate(byte[] page, int start, IEnumerable<(int At, byte[] Bytes)> edits)
    {
        var from = start % Math.Max(1, page.Length);
        var window = new List<byte>(page[from..Math.Min(page.Length, from + 24 * 1024)]);
        foreach (var (at, bytes) in edits)
        {
            var position = window.Count == 0 ? 0 : at % window.Count;
            if (at % 3 == 0)
            {
                window.RemoveRange(position, Math.Min(bytes.Length, window.Count - position));
            }

            window.InsertRange(position, bytes);
        }

        return [.. window];
    }
}
