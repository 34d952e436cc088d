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

public class FuzzStoreAndOutputTests
{
    [Fact]
    public void Stored_articles_of_any_text_read_back_and_search_with_any_query()
    {
        using var folder = new TempFolder();
        using var store = new ArticleStore(folder.PathOf("fuzz.db"));
        var writer = new StoreWriter(Fuzzing.Pipeline);
        var count = 0;
        FuzzRun.Check(Gen.Zip(FuzzInputs.Text.Select(InputReader.WithoutNul), FuzzInputs.Text), 50, pair =>
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
}
