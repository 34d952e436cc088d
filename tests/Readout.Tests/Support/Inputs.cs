using Readout.Ingest;

namespace Readout.Tests.Support;

/// <summary>Runs the input reader to completion and splits what it read from what failed.</summary>
public static class Inputs
{
    public static async Task<(List<Article> Articles, List<IngestFailure> Failures)> ReadAsync(
        IEnumerable<string> inputs, IngestOptions? options = null, Func<Stream>? stdin = null)
    {
        var articles = new List<Article>();
        var failures = new List<IngestFailure>();
        await foreach (var result in new InputReader(options ?? IngestOptions.Default, openStdin: stdin).ReadAsync(inputs))
        {
            switch (result)
            {
                case IngestedArticle ingested:
                    articles.Add(ingested.Article);
                    break;
                case IngestFailure failure:
                    failures.Add(failure);
                    break;
            }
        }

        return (articles, failures);
    }
}
