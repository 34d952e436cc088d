using Readout.Core;
using Readout.Reconcile;
using Readout.Stories;

namespace Readout.Storage;

/// <summary>
/// The persistent store of analyzed articles and their stories, whatever holds it (an embedded
/// SQLite file, <see cref="ArticleStore"/>, or a PostgreSQL database, <see cref="PostgresArticleStore"/>).
/// Every implementation deduplicates by content hash and URL, keeps each article's layers, features
/// and candidate keys, and lets one writer at a time change it, in a transaction taken up front.
/// </summary>
public interface IArticleStore : IBrowsingQueries, IDisposable
{
    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction, taking the write lock up front so a
    /// concurrent writer waits rather than fails; nested calls join the open transaction.
    /// </summary>
    void Write(Action work);

    /// <inheritdoc cref="Write(Action)"/>
    T Write<T>(Func<T> work);

    /// <summary>
    /// Stores an analyzed article with its layers of <paramref name="layers"/>, the analysis version
    /// and its clustering features, unless its content or URL is stored already or its id names
    /// another article.
    /// </summary>
    StoreResult Store(Document document, IEnumerable<Type> layers, int analysisVersion, ArticleFeatures features, IEnumerable<string> candidateKeys);

    /// <summary>
    /// The id of a stored article that is this one as read before: the same URL, or the same id and
    /// raw text. Such an article needs no analysis to know it is a duplicate.
    /// </summary>
    string? StoredCopy(Article article);

    /// <summary>Replaces a stored article's analysis (its cleaned text, layers, version, features and keys) after it was analyzed again.</summary>
    void UpdateAnalysis(Document document, IEnumerable<Type> layers, int analysisVersion, ArticleFeatures features, IEnumerable<string> candidateKeys);

    /// <summary>How many stored articles were analyzed by another version of the analysis than <paramref name="analysisVersion"/>.</summary>
    int StaleCount(int analysisVersion);

    /// <summary>The stored articles analyzed by another version than <paramref name="analysisVersion"/>, in ingest order.</summary>
    IReadOnlyList<string> StaleArticleIds(int analysisVersion);

    /// <summary>The stored articles among <paramref name="ids"/> as they were read, in ingest order.</summary>
    IReadOnlyList<Article> Articles(IEnumerable<string> ids);

    /// <summary>Every stored article id, in ingest order.</summary>
    IReadOnlyList<string> ArticleIds();

    /// <summary>The stored articles in no story (left by a run that stopped before placing them), in ingest order.</summary>
    IReadOnlyList<string> UnplacedArticles();

    /// <summary>The clustering features of the stored articles among <paramref name="ids"/>, in ingest order.</summary>
    IReadOnlyList<ArticleFeatures> Features(IEnumerable<string> ids);

    /// <summary>Article to story, for the articles of the stories among <paramref name="storyIds"/>.</summary>
    IReadOnlyDictionary<string, string> Placement(IEnumerable<string> storyIds);

    /// <summary>How many stored articles carry each of <paramref name="keys"/>.</summary>
    IReadOnlyDictionary<string, int> KeyFrequencies(IEnumerable<string> keys);

    /// <summary>
    /// The stories whose articles carry each of <paramref name="keys"/>, as (key, story, the story's
    /// date) triples, in key then story order: of the stories dated within <paramref name="dates"/>
    /// and the undated, or of every story when <paramref name="dates"/> is null.
    /// </summary>
    IReadOnlyList<(string Key, string Story, DateOnly? Date)> StoriesWithKeys(IEnumerable<string> keys, DateRange? dates);

    /// <summary>The store's article count and how many articles carry each of <paramref name="keys"/> (feature keys of <see cref="IncrementalStoryIndex.FeatureKeys"/>).</summary>
    CollectionStatistics Statistics(IEnumerable<string> keys);

    /// <summary>Every story id in use.</summary>
    IReadOnlySet<string> StoryIds();

    /// <summary>
    /// Writes the stories that changed (each replaces the story of its id with its articles),
    /// deletes the stories that are gone, and records each change as a story event.
    /// </summary>
    void WriteStories(IEnumerable<ReconciledStory> changed, IEnumerable<string> removed, IEnumerable<StoryChange> events);

    /// <summary>The recorded story changes, oldest first.</summary>
    IReadOnlyList<StoryChange> StoryEvents();

    int ArticleCount { get; }

    int StoryCount { get; }

    IReadOnlyList<(string Id, string? Headline, int Articles)> Stories();

    ReconciledStory? Story(string id);

    /// <summary>Every stored story, in the order of its first article's arrival.</summary>
    IReadOnlyList<ReconciledStory> AllStories();

    /// <summary>Stored stories in the order of <see cref="AllStories"/>: <paramref name="limit"/> of them (all when null) after the first <paramref name="offset"/>.</summary>
    IReadOnlyList<ReconciledStory> StoryPage(int offset, int? limit);

    /// <summary>A stored article as a document: its text, offset map and stored layers, as its analysis left them.</summary>
    Document? Document(string id);

    /// <summary>The stored articles among <paramref name="ids"/> as documents, in ingest order.</summary>
    IReadOnlyList<Document> Documents(IEnumerable<string> ids);

    /// <summary>
    /// The stored articles among <paramref name="ids"/> as documents with only the stored layers of
    /// the types in <paramref name="layers"/>: for a reader that needs few of them (a brief reads
    /// the quotations), reading a large story costs a fraction.
    /// </summary>
    IReadOnlyList<Document> Documents(IEnumerable<string> ids, IReadOnlySet<Type> layers);

    /// <summary>Full-text search, ranked, each hit with the matched passage in context.</summary>
    IReadOnlyList<SearchHit> Search(string query, int limit = 20);

    /// <summary>How many stored articles match <paramref name="query"/>, however many a page shows.</summary>
    /// <exception cref="SearchQueryException">The query has nothing to search for, or OR lacks a term on one side.</exception>
    int SearchCount(string query);

    /// <summary>The story a stored article is in; null when it is in none.</summary>
    string? StoryOf(string articleId);

    /// <summary>The stored articles among <paramref name="ids"/> exactly as stored, in ingest order, for copying the store.</summary>
    IReadOnlyList<StoredArticle> ExportArticles(IEnumerable<string> ids);

    /// <summary>Every story exactly as stored, in the order of its first article's arrival.</summary>
    IReadOnlyList<StoredStory> ExportStories();

    /// <summary>Every recorded story change exactly as stored, oldest first.</summary>
    IReadOnlyList<StoredStoryEvent> ExportStoryEvents();

    /// <summary>Adds an article exactly as another store held it; false (nothing changes) where its id, content or URL is stored already.</summary>
    bool ImportArticle(StoredArticle article);

    /// <summary>Writes stories exactly as another store held them, replacing stories of the same id.</summary>
    void ImportStories(IEnumerable<StoredStory> stories);

    /// <summary>Appends recorded story changes, leaving out any recorded here already (same story, kind, articles and time).</summary>
    void ImportStoryEvents(IEnumerable<StoredStoryEvent> events);
}
