using Readout.Core;
using Readout.Ingest;
using Readout.Reconcile;
using Readout.Storage;
using Readout.Stories;

namespace Readout.Pipeline;

/// <summary>
/// Stores analyzed articles and keeps the store's stories current without analyzing anything
/// twice: each article is stored with its analysis and clustering features; new articles are
/// clustered with the stories they could join (found through the stored candidate keys) over
/// stored features; the result keeps story ids (<see cref="StoryIdentity"/>); and only the stories
/// that changed are aligned, reconciled (over documents rebuilt from the store) and rewritten.
/// Articles and their placement commit in one transaction; articles a stopped run left in no
/// story are placed by the next write.
/// </summary>
public sealed class StoreWriter(AnalysisPipeline pipeline)
{
    /// <summary>Most stories a new article is clustered with: those that share the most of its keys, the nearest in date on a tie.</summary>
    private const int CandidateStoriesPerArticle = 5;

    /// <summary>A story whose shared keys weigh less than this share of the best story's is no candidate.</summary>
    private const double CandidateScoreShare = 0.5;

    /// <summary>How many of an article's most frequent content stems become candidate keys (names, numbers and days always do).</summary>
    private const int TermKeys = 8;

    /// <summary>A key carried by more than this many articles, and by more than one in <see cref="CommonKeyShare"/>, finds no candidates.</summary>
    private const int CommonKeyFloor = 50;

    private const int CommonKeyShare = 20;

    /// <summary>How many stories are rebuilt from the store, reconciled and written at a time, so a whole store's rewrite never holds all its documents.</summary>
    private const int StoriesPerRewrite = 100;

    /// <summary>The per-article layers stored with each article: every layer an annotator adds, so the corpus stages and the reports read them back.</summary>
    public IReadOnlyList<Type> StoredLayers { get; } = [.. pipeline.Annotators.Select(annotator => annotator.Adds)];

    /// <summary>The corpus stages that run on a changed story after clustering (alignment, reconciliation).</summary>
    private IReadOnlyList<ICorpusStage> StagesAfterClustering { get; } = [.. pipeline.CorpusStages.SkipWhile(stage => stage.Adds != typeof(StoryLayer)).Skip(1)];

    /// <summary>The stored layers those stages read: a stored article is rebuilt with these alone.</summary>
    private IReadOnlySet<Type> LayersReadAfterClustering => field ??= StagesAfterClustering.SelectMany(stage => stage.Requires).Intersect(StoredLayers).ToHashSet();

    /// <summary>Throws when the store holds articles analyzed by another version of the analysis.</summary>
    public static void EnsureCurrent(IArticleStore store)
    {
        var stale = store.StaleCount(AnalysisPipeline.Version);
        if (stale > 0)
        {
            throw new StaleAnalysisException(stale);
        }
    }

    /// <summary>
    /// Analyzes the articles (in parallel, results in input order), stores them with their
    /// analysis and places them in stories, in one transaction; returns what was stored, what
    /// failed and which stories were created or changed. An article the store holds already (by
    /// URL, or by id and raw text) is reported a duplicate without being analyzed again.
    /// </summary>
    public StoreReport Ingest(IArticleStore store, IReadOnlyList<Article> articles)
    {
        EnsureCurrent(store);
        var copies = articles.Select(article => (Article: article, Copy: store.StoredCopy(article))).ToList();
        var analyzed = pipeline.TryAnalyzeAll(copies.Where(pair => pair.Copy is null).Select(pair => pair.Article)).ToList();
        var report = Store(store, analyzed.Select(pair => pair.Document).OfType<Document>());
        var known = copies.Where(pair => pair.Copy is not null)
            .Select(pair => (pair.Article, Result: new StoreResult(StoreOutcome.Duplicate, pair.Copy!, $"same content or URL as stored article '{pair.Copy}'")));
        return report with { Stored = [.. known, .. report.Stored], Failures = [.. analyzed.Select(pair => pair.Result).OfType<IngestFailure>()] };
    }

    /// <summary>Stores analyzed documents (in order) and places every article in no story yet, in one transaction.</summary>
    public StoreReport Store(IArticleStore store, IEnumerable<Document> documents)
    {
        EnsureCurrent(store);
        return store.Write(() =>
        {
            var stored = documents.Select(document =>
            {
                var features = FeatureExtractor.Extract(document);
                return (Document: document, Result: store.Store(document, StoredLayers, AnalysisPipeline.Version, features, CandidateKeys(features)));
            }).ToList();
            var fresh = stored.Where(pair => pair.Result.Outcome == StoreOutcome.Added).ToDictionary(pair => pair.Document.Id, pair => pair.Document, StringComparer.Ordinal);
            return new StoreReport([.. stored.Select(pair => (pair.Document.Article, pair.Result))], [], PlaceUnplaced(store, fresh));
        });
    }

    /// <summary>
    /// Analyzes again, from their raw text, the stored articles that another version of the analysis
    /// made, committing every <paramref name="batchSize"/> articles and reporting progress; then
    /// clusters the whole store over the new features and rewrites the stories that changed.
    /// </summary>
    public StoreReport Reanalyze(IArticleStore store, int batchSize, Action<int, int> progress)
    {
        var stale = store.StaleArticleIds(AnalysisPipeline.Version);
        var failures = new List<IngestFailure>();
        var done = 0;
        foreach (var batch in stale.Chunk(batchSize))
        {
            var analyzed = pipeline.TryAnalyzeAll(store.Articles(batch)).ToList();
            store.Write(() =>
            {
                foreach (var document in analyzed.Select(pair => pair.Document).OfType<Document>())
                {
                    var features = FeatureExtractor.Extract(document);
                    store.UpdateAnalysis(document, StoredLayers, AnalysisPipeline.Version, features, CandidateKeys(features));
                }
            });
            failures.AddRange(analyzed.Select(pair => pair.Result).OfType<IngestFailure>());
            done += batch.Length;
            progress(done, stale.Count);
        }

        var changes = store.Write(() =>
        {
            var previous = store.Placement(store.StoryIds());
            return Recluster(store, store.Features(store.ArticleIds()), previous, new Dictionary<string, Document>(), rewriteAll: true);
        });
        return new StoreReport([], failures, changes);
    }

    /// <summary>
    /// The keys that find an article's candidate stories: its name parts, distinguishing numbers and
    /// days, and its most frequent content stems.
    /// </summary>
    public static IEnumerable<string> CandidateKeys(ArticleFeatures features) =>
        features.Names.Keys.Select(name => "n:" + name)
            .Concat(features.Numbers.Select(number => "#:" + number))
            .Concat(features.Periods.Where(period => period.Length == 10).Select(day => "p:" + day))
            .Concat(features.Terms.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(TermKeys).Select(pair => "t:" + pair.Key))
            .Order(StringComparer.Ordinal);

    private List<StoryChange> PlaceUnplaced(IArticleStore store, IReadOnlyDictionary<string, Document> fresh)
    {
        var unplaced = store.UnplacedArticles();
        if (unplaced.Count == 0)
        {
            return [];
        }

        var candidates = CandidateStories(store, store.Features(unplaced));
        var previous = store.Placement(candidates);
        var neighbourhood = previous.Keys.Concat(unplaced).ToHashSet(StringComparer.Ordinal);
        return Recluster(store, store.Features(neighbourhood), previous, fresh, rewriteAll: false);
    }

    /// <summary>
    /// For each article, the stories that share the most of its keys, weighted by how rare each key
    /// is, among those whose date is within the clustering's candidate window of the article's:
    /// a bounded neighbourhood however large the store grows. The stored keys are read for the
    /// dates the articles can reach only, one read per run of overlapping windows.
    /// </summary>
    private static HashSet<string> CandidateStories(IArticleStore store, IReadOnlyList<ArticleFeatures> articles)
    {
        var window = StoryClusteringOptions.Default.CandidateWindowDays;
        var keysOf = articles.ToDictionary(features => features.Id, features => CandidateKeys(features).ToList(), StringComparer.Ordinal);
        var frequency = store.KeyFrequencies(keysOf.Values.SelectMany(keys => keys).Distinct(StringComparer.Ordinal));
        var total = Math.Max(1, store.ArticleCount);
        var common = Math.Max(CommonKeyFloor, total / CommonKeyShare);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (dates, group) in DateWindows(articles, window))
        {
            var usable = group.SelectMany(article => keysOf[article.Id]).Where(key => frequency.GetValueOrDefault(key) is > 0 and var count && count <= common)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            var storiesWith = store.StoriesWithKeys(usable, dates).ToLookup(triple => triple.Key, StringComparer.Ordinal);
            foreach (var article in group)
            {
                var scores = new Dictionary<string, (double Score, int Days)>(StringComparer.Ordinal);
                foreach (var key in keysOf[article.Id].Where(storiesWith.Contains))
                {
                    var weight = Math.Log(1 + (double)total / frequency[key]);
                    foreach (var (_, story, date) in storiesWith[key])
                    {
                        var days = article.Date is { } day && date is { } storyDay ? Math.Abs(day.DayNumber - storyDay.DayNumber) : 0;
                        if (days <= window)
                        {
                            scores[story] = (scores.GetValueOrDefault(story).Score + weight, days);
                        }
                    }
                }

                var best = scores.Count == 0 ? 0 : scores.Values.Max(pair => pair.Score);
                found.UnionWith(scores.Where(pair => pair.Value.Score >= best * CandidateScoreShare)
                    .OrderByDescending(pair => pair.Value.Score).ThenBy(pair => pair.Value.Days).ThenBy(pair => pair.Key, StringComparer.Ordinal)
                    .Take(CandidateStoriesPerArticle).Select(pair => pair.Key));
            }
        }

        return found;
    }

    /// <summary>
    /// The articles grouped by date, each group's dates no more than <paramref name="window"/> days
    /// apart, with the dates their candidate windows (<paramref name="window"/> days either side of
    /// the article's date) cover; the undated articles, which may meet a story of any date, as one
    /// group without bounds. Groups of a bounded span keep each read of the stored keys bounded
    /// however far apart a batch's dates lie.
    /// </summary>
    public static IEnumerable<(DateRange? Dates, IReadOnlyList<ArticleFeatures> Articles)> DateWindows(IEnumerable<ArticleFeatures> articles, int window)
    {
        var undated = articles.Where(article => article.Date is null).ToList();
        if (undated.Count > 0)
        {
            yield return (null, undated);
        }

        var group = new List<ArticleFeatures>();
        foreach (var article in articles.Where(article => article.Date is not null).OrderBy(article => article.Date))
        {
            if (group.Count > 0 && article.Date!.Value > group[0].Date!.Value.AddDays(window))
            {
                yield return (Covered(group, window), group);
                group = [];
            }

            group.Add(article);
        }

        if (group.Count > 0)
        {
            yield return (Covered(group, window), group);
        }
    }

    private static DateRange Covered(List<ArticleFeatures> datedInOrder, int window) =>
        new(datedInOrder[0].Date!.Value.AddDays(-window), datedInOrder[^1].Date!.Value.AddDays(window));

    /// <summary>
    /// Clusters the given articles (in ingest order) as the batch clusterer would, keeps story ids
    /// where the stories carry on, and aligns, reconciles and rewrites the stories that changed
    /// (every story when <paramref name="rewriteAll"/>: after a new analysis, an unchanged story has new facts).
    /// </summary>
    private List<StoryChange> Recluster(IArticleStore store, IReadOnlyList<ArticleFeatures> articles, IReadOnlyDictionary<string, string> previous, IReadOnlyDictionary<string, Document> fresh, bool rewriteAll)
    {
        var index = new IncrementalStoryIndex(collection: store.Statistics(articles.SelectMany(IncrementalStoryIndex.FeatureKeys).Distinct(StringComparer.Ordinal)));
        foreach (var story in articles.Where(features => previous.ContainsKey(features.Id)).GroupBy(features => previous[features.Id], StringComparer.Ordinal))
        {
            index.Restore(story);
        }

        foreach (var features in articles.Where(features => !previous.ContainsKey(features.Id)))
        {
            index.Add(features);
        }

        index.Settle();
        var clusters = index.Stories();
        var changes = StoryIdentity.Assign(previous, [.. clusters.Select(cluster => cluster.Articles.Select(article => article.Id).ToList())], new HashSet<string>(store.StoryIds(), StringComparer.Ordinal));
        var changedIds = changes.Where(change => change.Kind != StoryChangeKind.Removed)
            .ToDictionary(change => string.Join('\n', change.Articles), change => change.StoryId, StringComparer.Ordinal);
        var stories = clusters
            .Select(cluster => (Cluster: cluster, Key: string.Join('\n', cluster.Articles.Select(article => article.Id).Order(StringComparer.Ordinal))))
            .Where(pair => rewriteAll || changedIds.ContainsKey(pair.Key))
            .Select(pair => new Story(
                changedIds.GetValueOrDefault(pair.Key) ?? previous[pair.Cluster.Articles[0].Id],
                [.. pair.Cluster.Articles.Select(article => article.Id)],
                StoryClusterer.Headline(pair.Cluster),
                pair.Cluster.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

        var removed = changes.Where(change => change.Kind == StoryChangeKind.Removed).Select(change => change.StoryId).ToList();
        store.WriteStories([], removed, changes);
        var position = articles.Select((features, index) => (features.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        foreach (var batch in stories.Chunk(StoriesPerRewrite))
        {
            var wanted = batch.SelectMany(story => story.Articles).ToHashSet(StringComparer.Ordinal);
            var rebuilt = store.Documents(wanted.Where(id => !fresh.ContainsKey(id)), LayersReadAfterClustering).ToDictionary(document => document.Id, StringComparer.Ordinal);
            var documents = wanted.OrderBy(id => position[id]).Select(id => fresh.GetValueOrDefault(id) ?? rebuilt[id]);
            var analysis = StagesAfterClustering.Aggregate(new Analysis([.. documents]).With(new StoryLayer([.. batch])), (current, stage) => stage.Apply(current));
            store.WriteStories(analysis.Require<ReconciledStoryLayer>().Stories, [], []);
        }

        return [.. changes];
    }
}
