namespace Readout.Storage;

/// <summary>
/// The steps, written in SQL both stores read alike, that bring a store an older Readout made up to
/// the tables and columns this one keeps: each fills what an older store lacked from what it had.
/// </summary>
internal static class StoreUpgrades
{
    /// <summary>
    /// The index by article that a store kept beside its articles' keys while they were in key order:
    /// a store that has it is rebuilt when opened. Every read of the keys is by article, so they are now
    /// kept in article order, with no second index: an article's keys are written together, and the
    /// table is half the size.
    /// </summary>
    public const string IndexOfKeysInKeyOrder = "article_keys_article";

    /// <summary>Orders the stories by their first article once a store has the <c>first_key</c> column.</summary>
    public const string FillFirstKeys =
        "UPDATE stories SET first_key = (SELECT min(a.key) FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = stories.id)";

    /// <summary>
    /// Fills the tables this version added and the store had not (<paramref name="tables"/> are the
    /// tables it had before the schema ran), running each statement with <paramref name="execute"/>.
    /// </summary>
    public static void FillNewTables(IReadOnlySet<string> tables, Action<string> execute)
    {
        if (!tables.Contains("story_keys"))
        {
            execute("INSERT INTO story_keys(story_id, key, date) SELECT DISTINCT sa.story_id, k.key, s.date FROM story_articles sa JOIN article_keys k ON k.article = sa.article_id JOIN stories s ON s.id = sa.story_id");
        }

        if (!tables.Contains("key_frequencies"))
        {
            execute("INSERT INTO key_frequencies(key, articles) SELECT key, count(*) FROM article_keys GROUP BY key");
        }

        if (!tables.Contains("unplaced_articles"))
        {
            execute("INSERT INTO unplaced_articles(article) SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id)");
        }
    }
}
