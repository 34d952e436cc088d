using Readout.Core;

namespace Readout.Ingest;

public sealed record IngestedArticle(Article Article) : IngestResult;
