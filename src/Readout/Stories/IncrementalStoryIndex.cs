using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.InteropServices;
using Readout.Events;

namespace Readout.Stories;

/// <summary>
/// Assigns articles to stories one at a time. Each story keeps the sum of its articles'
/// feature vectors; an inverted index from feature to stories yields the candidates a new
/// article is compared with, so an article meets only stories that share one of its most
/// salient features (a name part, a content stem, a number, a period). Similarity blends
/// the tf-idf cosines of names and of the other features over the running collection, and is
/// lowered when the main events' dates are apart; an article never joins a story whose event
/// its text dates on another day (the same two leaders meet one week and phone the next).
/// An article in another language than a story's is compared by names alone, and only with a
/// story whose event falls on the same date: its words cannot be compared, its names and dates can.
/// <see cref="Settle"/> revisits every article
/// with the final weights, merges stories that turned out alike unless their names disagree,
/// and splits stories whose halves repeat different names, so that the order articles came in
/// barely matters and look-alike events (the same boxer, two opponents) stay apart.
/// Stories whose main event is more than <see cref="StoryClusteringOptions.CandidateWindowDays"/>
/// from an article's are never its candidates, so the work per article depends on how many
/// stories a window of news holds, not on how many the collection holds. An index over part of a
/// larger collection (the stories a store's new articles may touch) weighs features by the whole
/// collection's <see cref="CollectionStatistics"/>, so it scores as an index over everything would.
/// Feature keys are numbered once per index; vectors, story sums and weights are kept by number,
/// and every sum runs in the order the keys came, so the scores are those of string-keyed sums to the last bit.
/// </summary>
public sealed class IncrementalStoryIndex(StoryClusteringOptions? options = null, CollectionStatistics? collection = null)
{
    private const string NamePrefix = "n:";
    private const string TermPrefix = "t:";
    private const string NameGroup = "n";
    private const string SharedGroup = "o";
    private const int NameGroupId = 0;
    private const int SharedGroupId = 1;
    private const int SalientMentions = 2;
    private const int SplitRounds = 5;
    private const int PostingPeriodDays = 30;

    private readonly StoryClusteringOptions options = options ?? StoryClusteringOptions.Default;
    private readonly List<Member> members = [];
    private readonly Dictionary<int, Cluster> clusters = [];
    private readonly List<string> groupNames = [NameGroup, SharedGroup];

    /// <summary>Every feature key seen, numbered in the order it first came.</summary>
    private readonly Dictionary<string, int> keyIds = new(StringComparer.Ordinal);
    private readonly List<string> keyNames = [];

    // By key number: its group, how many articles carry it, the stories holding it.
    private readonly List<int> groupOfKey = [];
    private readonly List<int> documentFrequency = [];
    private readonly DatedPostings postings = new(PostingPeriodDays);

    // By key number: its idf and idf², and the collection size they were computed at (see WeightStamp).
    private double[] idfs = [];
    private double[] idfSquares = [];
    private int[] weighedAt = [];

    // By document frequency, for an index without collection statistics: its idf and idf², and the index size they were computed at.
    private (double Idf, double Square)[] weightOfFrequency = [];
    private int[] frequencyWeighedAt = [];

    /// <summary>The scratch space of the thread that changes the index.</summary>
    private readonly Scratch scratch = new();

    /// <summary>The scratch spaces of the threads that scored ahead, kept for the next time (their arrays grow with the keys).</summary>
    private readonly ConcurrentBag<Scratch> spareScratch = [];

    /// <summary>Group ids in the ordinal order of their names: the order the groups' sums are added in.</summary>
    private List<int> groupsInOrder = [NameGroupId, SharedGroupId];
    private int createdClusters;

    /// <summary>Counts every attach and detach, so that a story and an article can tell which happened later.</summary>
    private int changes;

    private int comparisons;

    /// <summary>How many article-or-story to story similarities have been computed so far.</summary>
    public int Comparisons => comparisons;

    /// <summary>Adds an article and returns the story it joins now ("s3"); <see cref="Settle"/> may move it later.</summary>
    public string Add(ArticleFeatures features) => Add(VectorOf(features));

    /// <summary>Adds an article whose vector was made earlier (on another thread, say) by <see cref="VectorOf"/>.</summary>
    public string Add(ArticleVector vector)
    {
        var member = Admit(vector);
        Place(member);
        return "s" + member.Cluster!.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Adds the articles of a story found earlier as one story, without placing them: an index
    /// that starts from settled stories settles again in a pass or two once new articles are added.
    /// </summary>
    public void Restore(IEnumerable<ArticleFeatures> story)
    {
        var cluster = NewCluster();
        foreach (var features in story)
        {
            Attach(Admit(VectorOf(features)), cluster);
        }

        if (cluster.Members.Count == 0)
        {
            clusters.Remove(cluster.Number);
        }
    }

    /// <summary>
    /// An article's weighted feature keys in the order the index sums them, each once (every kind has its
    /// own prefix and holds a word once), and the name keys it repeats: what placing it needs that does
    /// not depend on the index, so it can be made on any thread.
    /// </summary>
    public ArticleVector VectorOf(ArticleFeatures features)
    {
        var entries = Entries(features, options).ToList();
        return new ArticleVector(
            features,
            [.. entries.Select(entry => entry.Key)],
            [.. entries.Select(entry => entry.Weight)],
            [.. features.Names.Where(pair => pair.Value >= SalientMentions).Select(pair => NamePrefix + pair.Key)]);
    }

    private Member Admit(ArticleVector vector)
    {
        var features = vector.Features;
        var keys = new int[vector.Keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = KeyId(vector.Keys[i]);
            documentFrequency[keys[i]]++;
        }

        var values = ImmutableCollectionsMarshal.AsArray(vector.Weights)!;
        int[] salient = [.. vector.SalientNames.Select(name => keyIds[name])];
        var member = new Member(features, keys, values, salient, members.Count);
        members.Add(member);
        return member;
    }

    /// <summary>The key's number, numbering it and its group the first time it comes.</summary>
    private int KeyId(string key)
    {
        if (keyIds.TryGetValue(key, out var id))
        {
            return id;
        }

        id = keyNames.Count;
        keyIds[key] = id;
        keyNames.Add(key);
        groupOfKey.Add(GroupId(Group(key)));
        documentFrequency.Add(0);
        postings.AddKey();
        if (id >= weighedAt.Length)
        {
            var size = Math.Max(256, 2 * weighedAt.Length);
            Array.Resize(ref idfs, size);
            Array.Resize(ref idfSquares, size);
            var old = weighedAt.Length;
            Array.Resize(ref weighedAt, size);
            Array.Fill(weighedAt, -1, old, size - old);
        }

        return id;
    }

    /// <summary>
    /// Reassigns every article with the final term weights and merges look-alike stories, until
    /// nothing moves. After the first pass an article is placed again only when its story or one
    /// of its candidate stories changed since it was placed: the weights stay fixed while the
    /// index settles, so its place among unchanged stories would come out the same.
    /// </summary>
    public void Settle()
    {
        foreach (var member in members)
        {
            member.PlacedAt = -1;
        }

        var inOrder = members.OrderBy(m => m.Features.Id, StringComparer.Ordinal).ToList();
        for (var pass = 0; pass < options.SettlePasses; pass++)
        {
            var moved = false;
            if (pass == 0)
            {
                // Every article is placed again with the final weights; later passes compare again only what changed.
                ScoreAhead(inOrder);
            }

            foreach (var member in inOrder)
            {
                if (StillPlaced(member))
                {
                    continue;
                }

                if (Stays(member))
                {
                    member.PlacedAt = changes;
                    continue;
                }

                var before = member.Cluster!;
                var (wasAlone, changedAt) = (before.Members.Count == 1, before.ChangedAt);
                Detach(member);
                Place(member);
                var stayed = member.Cluster == before || (wasAlone && member.Cluster!.Members.Count == 1);
                if (stayed)
                {
                    // The story holds what it held before: to the other articles it has not changed.
                    member.Cluster!.ChangedAt = changedAt;
                }

                moved |= !stayed;
            }

            if (!MergeAlike() && !moved)
            {
                break;
            }
        }

        var pending = new Queue<Cluster>(clusters.Values.OrderBy(c => c.Members.Min(m => m.Features.Id), StringComparer.Ordinal));
        while (pending.TryDequeue(out var cluster))
        {
            if (cluster.Members.Count >= 2 * options.MinSplitPart && SplitMixed(cluster) is { } split)
            {
                pending.Enqueue(cluster);
                pending.Enqueue(split);
            }
        }
    }

    /// <summary>Whether nothing the article's place depends on changed since it was placed.</summary>
    private bool StillPlaced(Member member) =>
        member.PlacedAt >= 0
        && member.Cluster!.ChangedAt <= member.PlacedAt
        && !AnyCandidateChanged(member, member.PlacedAt);

    /// <summary>
    /// Splits a story in two where its articles fall into two groups that repeat different
    /// names (the same boxer against two opponents): a two-means split over the names that
    /// only part of the story's articles carry, kept only when the two halves' own names disagree.
    /// </summary>
    /// <returns>The story split off, or null when the story stays whole.</returns>
    private Cluster? SplitMixed(Cluster cluster)
    {
        var size = cluster.Members.Count;
        var presence = cluster.Members.SelectMany(m => m.Keys.Where(key => groupOfKey[key] is NameGroupId or SharedGroupId))
            .GroupBy(key => key)
            .Where(group => group.Count() >= options.MinSplitPart && group.Count() <= size - options.MinSplitPart)
            .Select(group => group.Key)
            .ToHashSet();
        var contrast = cluster.Members.ToDictionary(m => m, m => Contrast(m, presence));
        var first = cluster.Members.OrderByDescending(m => Norm(contrast[m])).ThenBy(m => m.Arrival).First();
        var second = cluster.Members.Where(m => m != first).OrderBy(m => Cosine(contrast[m], contrast[first])).ThenBy(m => m.Arrival).First();
        var centres = (A: contrast[first], B: contrast[second]);
        var partB = new HashSet<Member>();
        for (var round = 0; round < SplitRounds; round++)
        {
            partB = [.. cluster.Members.Where(m => Cosine(contrast[m], centres.B) > Cosine(contrast[m], centres.A))];
            centres = (Centre(cluster.Members.Where(m => !partB.Contains(m)).Select(m => contrast[m])), Centre(partB.Select(m => contrast[m])));
        }

        if (partB.Count < options.MinSplitPart || size - partB.Count < options.MinSplitPart)
        {
            return null;
        }

        // The halves' names are weighed before anything moves: a story that stays whole is left untouched.
        var (kept, parted) = (Tally(cluster.Members.Where(member => !partB.Contains(member))), Tally(partB));
        if (NameAgreement(kept.Core(options.CoreShare), parted, parted.Core(options.CoreShare), kept, 1) >= options.SplitAgreement)
        {
            return null;
        }

        var split = NewCluster();
        foreach (var member in partB)
        {
            Detach(member);
            Attach(member, split);
        }

        return split;
    }

    /// <summary>A story of these articles with their names and dates counted, for weighing only: not filed in the index.</summary>
    private Cluster Tally(IEnumerable<Member> part)
    {
        var tally = new Cluster(0, options.CoreShare);
        foreach (var member in part)
        {
            tally.Members.Add(member);
            tally.Count(member, 1, groupOfKey);
        }

        return tally;
    }

    /// <summary>The article's idf-weighted features among <paramref name="keys"/>, in its own order.</summary>
    private Dictionary<int, double> Contrast(Member member, HashSet<int> keys)
    {
        var contrast = new Dictionary<int, double>();
        for (var i = 0; i < member.Keys.Length; i++)
        {
            if (keys.Contains(member.Keys[i]))
            {
                contrast[member.Keys[i]] = member.Values[i] * Idf(member.Keys[i]);
            }
        }

        return contrast;
    }

    private static double Norm(Dictionary<int, double> vector) => Math.Sqrt(vector.Values.Sum(v => v * v));

    private static double Cosine(Dictionary<int, double> left, Dictionary<int, double> right)
    {
        var norms = Norm(left) * Norm(right);
        return norms == 0 ? 0 : left.Sum(pair => pair.Value * right.GetValueOrDefault(pair.Key)) / norms;
    }

    private static Dictionary<int, double> Centre(IEnumerable<Dictionary<int, double>> vectors)
    {
        var centre = new Dictionary<int, double>();
        foreach (var (key, value) in vectors.SelectMany(vector => vector))
        {
            centre[key] = centre.GetValueOrDefault(key) + value;
        }

        return centre;
    }

    /// <summary>The stories, numbered "s1", "s2"... in the order of their first article.</summary>
    public ImmutableArray<StoryCluster> Stories() =>
        [.. clusters.Values
            .OrderBy(c => c.Members.Min(m => m.Arrival))
            .Select((cluster, index) => new StoryCluster(
                "s" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                [.. cluster.Members.OrderBy(m => m.Arrival).Select(m => m.Features)],
                cluster.Date(null),
                Central(cluster).Features))];

    /// <summary>The article most like the rest of its story (the earliest on a tie).</summary>
    private Member Central(Cluster cluster)
    {
        Member? central = null;
        var best = 0.0;
        foreach (var member in cluster.Members)
        {
            var score = Similarity(Prepare(member), KeyOf(member.Features), LanguagesOf(member), cluster, member);
            if (central is null || score > best || (score == best && member.Arrival < central.Arrival))
            {
                (central, best) = (member, score);
            }
        }

        return central!;
    }

    /// <summary>Joins the most similar story above the threshold, one in the article's own language before any other; the earliest story on a tie.</summary>
    private void Place(Member member)
    {
        var languages = LanguagesOf(member);
        var best = new BestStory();
        foreach (var (cluster, score) in Score(member, languages, null, scratch))
        {
            best.Consider(cluster, score, cluster.SharesNoLanguage(languages, null), cluster.FirstArrival());
        }

        Attach(member, best.Story ?? NewCluster());
    }

    /// <summary>
    /// Whether the article would come back to its own story if it were taken out and placed again:
    /// its own story is scored without it, the others as <see cref="Place"/> scores them. An article
    /// that stays is left untouched, and so is its story.
    /// </summary>
    private bool Stays(Member member)
    {
        var own = member.Cluster!;
        var alone = own.Members.Count == 1;
        var languages = LanguagesOf(member);
        var best = new BestStory();
        foreach (var (cluster, score) in Score(member, languages, own, scratch))
        {
            best.Consider(cluster, score, cluster.SharesNoLanguage(languages, null), cluster.FirstArrival());
        }

        if (!alone)
        {
            var score = Similarity(Prepare(member), KeyOf(member.Features), languages, own, member);
            if (score >= options.JoinThreshold)
            {
                best.Consider(own, score, own.SharesNoLanguage(languages, member), own.Members.Where(other => other != member).Min(other => other.Arrival));
            }
        }

        return best.Story == own || (alone && best.Story is null);
    }

    /// <summary>The story an article joins: one in its own language before any other, then the highest score, then the earliest story.</summary>
    private sealed class BestStory
    {
        private (bool Across, double Score, int FirstArrival) best;

        public Cluster? Story { get; private set; }

        public void Consider(Cluster story, double score, bool across, int firstArrival)
        {
            if (Story is null || (!across && best.Across)
                || (across == best.Across && (score > best.Score || (score == best.Score && firstArrival < best.FirstArrival))))
            {
                (Story, best) = (story, (across, score, firstArrival));
            }
        }
    }

    /// <summary>
    /// The candidate stories the article could join (scored at or above the threshold), by story number,
    /// kept on the article. While the weights hold, a story that has not changed since the article was
    /// last scored keeps the score it had then (or stays below the threshold): only the stories that
    /// changed are compared again.
    /// </summary>
    /// <param name="skip">A story not to score (the article's own, about to change).</param>
    private List<(Cluster Story, double Score)> Score(Member member, IReadOnlySet<string> languages, Cluster? skip, Scratch space)
    {
        var eventKey = KeyOf(member.Features);
        Probe? probe = null;
        var scoredBefore = member.ScoredWeights == WeightStamp ? member.ScoredAt : -1;
        var joinableBefore = scoredBefore >= 0 ? member.Joinable : [];
        var joinable = new List<(Cluster Story, double Score)>();
        foreach (var cluster in Candidates(member, space))
        {
            double score;
            if (cluster == skip)
            {
                continue;
            }
            else if (cluster.ChangedAt <= scoredBefore)
            {
                var index = IndexOf(joinableBefore, cluster);
                if (index < 0)
                {
                    continue;
                }

                score = joinableBefore[index].Score;
            }
            else
            {
                score = Similarity(probe ??= Prepare(member), eventKey, languages, cluster, null, space);
            }

            if (score >= options.JoinThreshold)
            {
                joinable.Add((cluster, score));
            }
        }

        (member.Joinable, member.ScoredAt, member.ScoredWeights) = (joinable, changes, WeightStamp);
        return joinable;
    }

    private static int IndexOf(List<(Cluster Story, double Score)> scored, Cluster story)
    {
        for (var i = 0; i < scored.Count; i++)
        {
            if (scored[i].Story == story)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Scores the articles about to be placed again against their candidate stories as the index
    /// stands, on all cores, leaving out each article's own story; <see cref="Place"/> then compares
    /// again only the stories that change before it comes to the article. Everything the scoring reads
    /// is worked out first, so the threads only read the index.
    /// </summary>
    private void ScoreAhead(List<Member> toPlace)
    {
        for (var key = 0; key < keyNames.Count; key++)
        {
            Weigh(key);
        }

        foreach (var cluster in clusters.Values)
        {
            (_, _, _) = (cluster.Key(null), cluster.Date(null), NormsSquared(cluster));
        }

        foreach (var member in toPlace)
        {
            SalientKeys(member);
        }

        Parallel.ForEach(toPlace, () => spareScratch.TryTake(out var spare) ? spare : new Scratch(), (member, _, space) =>
        {
            Score(member, LanguagesOf(member), member.Cluster, space);
            return space;
        }, spareScratch.Add);
    }

    private static HashSet<string> LanguagesOf(Member member) =>
        member.Features.Language is { } language ? [language] : [];

    /// <summary>Merges each story into the most similar candidate story above the merge threshold; true when any merged.</summary>
    private bool MergeAlike()
    {
        var merged = false;
        foreach (var cluster in clusters.Values.OrderBy(c => c.Members.Min(m => m.Features.Id), StringComparer.Ordinal).ToList())
        {
            if (!clusters.ContainsKey(cluster.Number))
            {
                continue;
            }

            // Found to merge into nothing at the weights as they are, and unchanged since: every story it was
            // compared with then scored below the threshold, and only a story changed since can score above it.
            var checkedAt = cluster.MergeCheckedWeights == WeightStamp && cluster.ChangedAt <= cluster.MergeCheckedAt ? cluster.MergeCheckedAt : -1;
            if (checkedAt >= 0 && !AnyChangedSince(cluster.MergeKeys, cluster.Date(null), checkedAt))
            {
                continue;
            }

            // The summed vector is made only when a candidate is compared.
            (int[] Keys, double[] Values)? vector = checkedAt >= 0 ? null : cluster.Vector();
            var salient = vector is { } whole ? MostSalient(whole.Keys, whole.Values) : cluster.MergeKeys;
            var (eventKey, languages, core) = (cluster.Key(null), cluster.Languages(null), cluster.Core(options.CoreShare));
            Cluster? target = null;
            Probe? probe = null;
            var bestScore = 0.0;
            foreach (var other in Candidates(salient, cluster.Date(null), scratch))
            {
                if (other == cluster || other.ChangedAt <= checkedAt)
                {
                    continue;
                }

                var (vectorKeys, vectorValues) = vector ??= cluster.Vector();
                var score = Similarity(probe ??= Prepare(vectorKeys, vectorValues), eventKey, languages, other, null)
                    * NameAgreement(core, other, other.Core(options.CoreShare), cluster, options.NameAgreementPower);
                if (score >= options.MergeThreshold && (target is null || score > bestScore))
                {
                    (target, bestScore) = (other, score);
                }
            }

            if (target is not null)
            {
                foreach (var member in cluster.Members.ToList())
                {
                    Detach(member);
                    Attach(member, target);
                }

                merged = true;
            }
            else
            {
                (cluster.MergeCheckedAt, cluster.MergeCheckedWeights, cluster.MergeKeys) = (changes, WeightStamp, salient);
            }
        }

        return merged;
    }

    /// <summary>An article's candidate stories; its most salient keys are kept while the weights hold.</summary>
    private List<Cluster> Candidates(Member member, Scratch space) => Candidates(SalientKeys(member), member.Features.Date, space);

    private int[] SalientKeys(Member member)
    {
        if (member.SalientKeysAt != WeightStamp)
        {
            member.SalientKeys = MostSalient(member.Keys, member.Values);
            member.SalientKeysAt = WeightStamp;
        }

        return member.SalientKeys;
    }

    /// <summary>The stories that share one of the most salient keys and whose main event is within the window of <paramref name="day"/>, by story number.</summary>
    private List<Cluster> Candidates(int[] salientKeys, DateOnly? day, Scratch space)
    {
        // Each story is looked at once (a story number seen is stamped, in the window or not), and the
        // ones in the window are marked in a bit set read in number order.
        if (space.SeenAt.Length <= createdClusters)
        {
            var size = Math.Max(createdClusters + 1, 2 * space.SeenAt.Length);
            Array.Resize(ref space.SeenAt, size);
            Array.Resize(ref space.Chosen, (size + 63) / 64);
        }

        if (space.SeenStamp == int.MaxValue)
        {
            Array.Clear(space.SeenAt);
            space.SeenStamp = 0;
        }

        var (seenAt, chosen, stamp) = (space.SeenAt, space.Chosen, ++space.SeenStamp);
        var (lowWord, highWord, count) = (chosen.Length, -1, 0);
        foreach (var key in salientKeys)
        {
            foreach (var stories in postings.Near(key, day, options.CandidateWindowDays))
            {
                foreach (var number in stories)
                {
                    if (seenAt[number] == stamp)
                    {
                        continue;
                    }

                    seenAt[number] = stamp;
                    if (WithinWindow(day, clusters[number].Date(null)))
                    {
                        var word = number >> 6;
                        chosen[word] |= 1UL << (number & 63);
                        (lowWord, highWord, count) = (Math.Min(lowWord, word), Math.Max(highWord, word), count + 1);
                    }
                }
            }
        }

        var found = new List<Cluster>(count);
        for (var word = lowWord; word <= highWord; word++)
        {
            for (var bits = chosen[word]; bits != 0; bits &= bits - 1)
            {
                found.Add(clusters[(word << 6) + BitOperations.TrailingZeroCount(bits)]);
            }

            chosen[word] = 0;
        }

        return found;
    }

    /// <summary>Whether any story an article would be compared with changed after <paramref name="since"/>.</summary>
    private bool AnyCandidateChanged(Member member, int since) => AnyChangedSince(SalientKeys(member), member.Features.Date, since);

    /// <summary>Whether any story that holds one of the keys within the window of the day changed after <paramref name="since"/> (the candidates, without building their list).</summary>
    private bool AnyChangedSince(int[] salientKeys, DateOnly? day, int since)
    {
        foreach (var key in salientKeys)
        {
            foreach (var stories in postings.Near(key, day, options.CandidateWindowDays))
            {
                foreach (var number in stories)
                {
                    var cluster = clusters[number];
                    if (cluster.ChangedAt > since && WithinWindow(day, cluster.Date(null)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The <see cref="StoryClusteringOptions.CandidateKeys"/> keys of a vector with the highest
    /// weight times idf (on a tie, the first in ordinal order), in no particular order.
    /// </summary>
    private int[] MostSalient(int[] keys, double[] values)
    {
        var wanted = options.CandidateKeys;
        if (keys.Length <= wanted)
        {
            return keys;
        }

        var scores = new double[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            scores[i] = values[i] * Idf(keys[i]);
        }

        var sorted = (double[])scores.Clone();
        Array.Sort(sorted);
        var least = sorted[keys.Length - wanted];
        var chosen = new List<int>(wanted);
        var tied = new List<int>();
        for (var i = 0; i < keys.Length; i++)
        {
            if (scores[i] > least)
            {
                chosen.Add(keys[i]);
            }
            else if (scores[i] == least)
            {
                tied.Add(keys[i]);
            }
        }

        chosen.AddRange(tied.OrderBy(key => keyNames[key], StringComparer.Ordinal).Take(wanted - chosen.Count));
        return [.. chosen];
    }

    private bool WithinWindow(DateOnly? first, DateOnly? second) =>
        first is not { } a || second is not { } b || Math.Abs(a.DayNumber - b.DayNumber) <= options.CandidateWindowDays;

    /// <summary>
    /// Blend of two idf-weighted cosines, one over name parts and one over everything else, so
    /// that the many words two look-alike events share cannot drown the names that differ;
    /// lowered by the distance between the main events' dates; nothing when the events cannot be one.
    /// Across languages only the name cosine counts, and only when both sides date the event alike.
    /// </summary>
    /// <param name="without">An article of the story whose own vector is compared, left out of the story.</param>
    private double Similarity(Probe probe, EventKey eventKey, IReadOnlySet<string> languages, Cluster cluster, Member? without, Scratch? threadScratch = null)
    {
        Interlocked.Increment(ref comparisons);
        var space = threadScratch ?? scratch;
        var clusterKey = cluster.Key(without);
        if (!eventKey.CanBeSame(clusterKey))
        {
            return 0;
        }

        var acrossLanguages = cluster.SharesNoLanguage(languages, without);
        if (acrossLanguages && !SameDate(eventKey.Day, clusterKey.Day))
        {
            return 0;
        }

        var (keys, values, groupOf, squares, left) = (probe.Keys, probe.Values, probe.Groups, probe.Squares, probe.Left);
        if (space.Dot.Length < left.Length)
        {
            (space.Dot, space.Right) = (new double[left.Length], new double[left.Length]);
        }

        var dot = space.Dot;
        Array.Clear(dot);
        var norms = NormsSquared(cluster);
        var right = norms;
        if (without is not null)
        {
            right = space.Right;
            Array.Clear(right);
            norms.CopyTo(right, 0);
        }

        var sums = SumsAt(probe, cluster, space);
        for (var i = 0; i < keys.Length; i++)
        {
            var (value, shared) = (values[i], sums[i]);
            dot[groupOf[i]] += value * (without is null ? shared : shared - value) * squares[i];
        }

        if (without is not null)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                var removed = values[i];
                right[groupOf[i]] += (removed * removed - 2 * sums[i] * removed) * squares[i];
            }
        }

        // Words meet only words of their own language: the story's words in other languages do not count against an article.
        double otherDot = 0, otherLeft = 0, otherRight = 0;
        foreach (var group in groupsInOrder)
        {
            if (group != NameGroupId && probe.Present[group])
            {
                (otherDot, otherLeft, otherRight) = (otherDot + dot[group], otherLeft + left[group], otherRight + right[group]);
            }
        }

        static double Cosine(double dotProduct, double leftNorm, double rightNorm) =>
            leftNorm < 1e-12 || rightNorm < 1e-12 ? 0 : dotProduct / Math.Sqrt(leftNorm * rightNorm);
        var names = Cosine(dot[NameGroupId], left[NameGroupId], right[NameGroupId]);
        var others = Cosine(otherDot, otherLeft, otherRight);
        var hasNames = left[NameGroupId] >= 1e-12 && right[NameGroupId] >= 1e-12;
        var blended = acrossLanguages ? names
            : hasNames
            ? options.NameShare * names + (1 - options.NameShare) * others
            : others;
        return blended * DateFactor(eventKey.Day, cluster.Date(without));
    }

    /// <summary>
    /// The story's sum at each of the probe's keys, in the probe's order (0 where the story lacks
    /// the key): looked up key by key in a large story, else by walking the story's sum once and
    /// finding each of its keys' place in the probe.
    /// </summary>
    private double[] SumsAt(Probe probe, Cluster cluster, Scratch space)
    {
        var sum = cluster.Sum;
        var keys = probe.Keys;
        if (space.Sums.Length < keys.Length)
        {
            space.Sums = new double[Math.Max(keys.Length, 2 * space.Sums.Length)];
        }

        var sums = space.Sums;
        if (sum.Count > 2 * keys.Length)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                sums[i] = sum.GetValueOrDefault(keys[i]);
            }

            return sums;
        }

        MarkPlaces(probe, space);
        Array.Clear(sums, 0, keys.Length);
        var (placeInProbe, markedFor, stamp) = (space.PlaceInProbe, space.PlaceMarkedFor, space.PlaceStamp);
        var (storyKeys, _, storyValues, _) = cluster.Terms ?? TermsOf(sum);
        for (var i = 0; i < storyKeys.Length; i++)
        {
            var key = storyKeys[i];
            if (key < markedFor.Length && markedFor[key] == stamp)
            {
                sums[placeInProbe[key]] = storyValues[i];
            }
        }

        return sums;
    }

    /// <summary>Notes each key's place in the probe, unless the probe's places are noted already.</summary>
    private void MarkPlaces(Probe probe, Scratch space)
    {
        if (ReferenceEquals(space.MarkedProbe, probe))
        {
            return;
        }

        if (space.PlaceInProbe.Length < keyNames.Count)
        {
            var size = Math.Max(keyNames.Count, 2 * space.PlaceInProbe.Length);
            Array.Resize(ref space.PlaceInProbe, size);
            Array.Resize(ref space.PlaceMarkedFor, size);
        }

        (space.MarkedProbe, space.PlaceStamp) = (probe, space.PlaceStamp + 1);
        for (var i = 0; i < probe.Keys.Length; i++)
        {
            (space.PlaceInProbe[probe.Keys[i]], space.PlaceMarkedFor[probe.Keys[i]]) = (i, space.PlaceStamp);
        }
    }

    /// <summary>The scratch space of one thread's similarities: by group id, by place in the probe, by key number (<see cref="SumsAt"/>), and the candidate stories.</summary>
    private sealed class Scratch
    {
        public double[] Dot = [];
        public double[] Right = [];
        public double[] Sums = [];
        public int[] PlaceInProbe = [];
        public int[] PlaceMarkedFor = [];
        public int PlaceStamp;
        public Probe? MarkedProbe;

        /// <summary>By story number, the stamp of the last candidate search that looked at the story.</summary>
        public int[] SeenAt = [];

        public int SeenStamp;

        /// <summary>The candidate stories of a search as bits by story number, cleared as they are read.</summary>
        public ulong[] Chosen = [];
    }

    /// <summary>
    /// A vector made ready to be compared with many stories while the weights hold: each key's
    /// group and idf², its squared norm per group, and the groups it has (the shared group always).
    /// </summary>
    private Probe Prepare(Member member) => Prepare(member.Keys, member.Values);

    /// <param name="keys">Each key once, as an article's vector and a story's sum hold them (the walk in <see cref="SumsAt"/> needs it).</param>
    private Probe Prepare(int[] keys, double[] values)
    {
        var groups = new int[keys.Length];
        var squares = new double[keys.Length];
        var left = new double[groupNames.Count];
        var present = new bool[groupNames.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var (group, square, value) = (groupOfKey[keys[i]], IdfSquare(keys[i]), values[i]);
            (groups[i], squares[i]) = (group, square);
            present[group] = true;
            left[group] += value * value * square;
        }

        present[SharedGroupId] = true;
        return new Probe(keys, values, groups, squares, left, present);
    }

    private sealed record Probe(int[] Keys, double[] Values, int[] Groups, double[] Squares, double[] Left, bool[] Present);

    /// <summary>
    /// How far two sides agree on who and where the event is about: the idf-weighted share of
    /// each side's salient names (repeated in an article, or salient in many of a story's
    /// articles) that the other side mentions at all, multiplied, raised to a power. Two fights
    /// of the same boxer against different opponents share the boxer but not the opponent.
    /// </summary>
    private double NameAgreement(List<(int Key, double Share)> salient, Cluster other, List<(int Key, double Share)> otherSalient, Cluster first, double power)
    {
        double Coverage(List<(int Key, double Share)> names, Cluster side)
        {
            double total = 0, covered = 0;
            foreach (var (key, strength) in names)
            {
                var weight = Idf(key) * strength;
                total += weight;
                covered += weight * side.Present(key);
            }

            return total == 0 ? 1 : covered / total;
        }

        return Math.Pow(Coverage(salient, other) * Coverage(otherSalient, first), power);
    }

    private static EventKey KeyOf(ArticleFeatures features) => new(features.Date, features.Event?.DateStated ?? false);

    /// <summary>Names; the words of one language ("t:de:"); or what every language shares (numbers, periods, the event type).</summary>
    private static string Group(string key) =>
        key.StartsWith(NamePrefix, StringComparison.Ordinal) ? NameGroup
            : key.StartsWith(TermPrefix, StringComparison.Ordinal) ? key[..(key.IndexOf(':', TermPrefix.Length) + 1)]
            : SharedGroup;

    /// <summary>A group's id, numbering the group the first time one of its keys comes.</summary>
    private int GroupId(string name)
    {
        var id = groupNames.IndexOf(name);
        if (id < 0)
        {
            id = groupNames.Count;
            groupNames.Add(name);
            groupsInOrder = [.. Enumerable.Range(0, groupNames.Count).OrderBy(group => groupNames[group], StringComparer.Ordinal)];
        }

        return id;
    }

    /// <summary>
    /// The squared idf-weighted norms of a story's vector per group (by group id, groups numbered
    /// since the story last changed read 0), kept until the story or the collection changes.
    /// </summary>
    private double[] NormsSquared(Cluster cluster)
    {
        if (cluster.Norms is not { } norms || (collection is null && cluster.NormsAt != members.Count))
        {
            norms = new double[groupNames.Count];
            var (keys, groups, _, squares) = cluster.Terms ??= TermsOf(cluster.Sum);
            if (collection is null)
            {
                // SquareNow, with the index size and the frequencies looked up once for the whole story.
                var size = members.Count;
                var frequencies = CollectionsMarshal.AsSpan(documentFrequency);
                for (var i = 0; i < keys.Length; i++)
                {
                    var frequency = frequencies[keys[i]];
                    var square = frequency < frequencyWeighedAt.Length && frequencyWeighedAt[frequency] == size
                        ? weightOfFrequency[frequency].Square
                        : WeightOfFrequency(frequency).Square;
                    norms[groups[i]] += squares[i] * square;
                }
            }
            else
            {
                for (var i = 0; i < keys.Length; i++)
                {
                    norms[groups[i]] += squares[i] * IdfSquare(keys[i]);
                }
            }

            cluster.Norms = norms;
            cluster.NormsAt = members.Count;
        }

        if (norms.Length < groupNames.Count)
        {
            cluster.Norms = norms = [.. norms, .. new double[groupNames.Count - norms.Length]];
        }

        return norms;
    }

    /// <summary>A story's sum as arrays in the sum's order: each key, its group, its sum and its squared sum.</summary>
    private (int[] Keys, int[] Groups, double[] Values, double[] Squares) TermsOf(Dictionary<int, double> sum)
    {
        var (keys, groups, values, squares) = (new int[sum.Count], new int[sum.Count], new double[sum.Count], new double[sum.Count]);
        var i = 0;
        foreach (var (key, value) in sum)
        {
            (keys[i], groups[i], values[i], squares[i]) = (key, groupOfKey[key], value, value * value);
            i++;
        }

        return (keys, groups, values, squares);
    }

    private bool SameDate(DateOnly? first, DateOnly? second) =>
        first is { } a && second is { } b && Math.Abs(a.DayNumber - b.DayNumber) <= options.SameDateDays;

    private double DateFactor(DateOnly? first, DateOnly? second)
    {
        if (first is not { } a || second is not { } b)
        {
            return 1;
        }

        var days = Math.Abs(a.DayNumber - b.DayNumber);
        if (days <= options.SameDateDays)
        {
            return 1;
        }

        var share = Math.Min(1, (double)(days - options.SameDateDays) / (options.DistantDateDays - options.SameDateDays));
        return 1 - share * (1 - options.DistantDateFactor);
    }

    /// <summary>What the weights were computed at: the collection size, which an index with collection statistics never sees change.</summary>
    private int WeightStamp => collection is null ? members.Count : 0;

    private double Idf(int key)
    {
        Weigh(key);
        return idfs[key];
    }

    private double IdfSquare(int key)
    {
        Weigh(key);
        return idfSquares[key];
    }

    /// <summary>
    /// A key's idf², as <see cref="IdfSquare"/> gives it, without keeping it for the key: while a batch is
    /// placed the weights change with every article added, so a story's norms would never reuse it.
    /// </summary>
    private double SquareNow(int key) => collection is null ? WeightOfFrequency(documentFrequency[key]).Square : IdfSquare(key);

    /// <summary>Computes a key's idf and idf² unless they hold for the collection as it is.</summary>
    private void Weigh(int key)
    {
        var stamp = WeightStamp;
        if (weighedAt[key] != stamp)
        {
            (idfs[key], idfSquares[key]) = collection is { } whole
                ? Squared(Math.Log(1 + (double)Math.Max(whole.Articles, 1) / Math.Max(whole.DocumentFrequency.GetValueOrDefault(keyNames[key], 1), 1)))
                : WeightOfFrequency(documentFrequency[key]);
            weighedAt[key] = stamp;
        }
    }

    /// <summary>The idf and idf² of a document frequency at the index's size: keys as frequent weigh alike, so each is computed once a size.</summary>
    private (double Idf, double Square) WeightOfFrequency(int frequency)
    {
        if (frequency >= frequencyWeighedAt.Length)
        {
            var old = frequencyWeighedAt.Length;
            var size = Math.Max(frequency + 1, 2 * old);
            Array.Resize(ref weightOfFrequency, size);
            Array.Resize(ref frequencyWeighedAt, size);
            Array.Fill(frequencyWeighedAt, -1, old, size - old);
        }

        if (frequencyWeighedAt[frequency] != members.Count)
        {
            weightOfFrequency[frequency] = Squared(Math.Log(1 + (double)members.Count / frequency));
            frequencyWeighedAt[frequency] = members.Count;
        }

        return weightOfFrequency[frequency];
    }

    private static (double, double) Squared(double idf) => (idf, Math.Pow(idf, 2));

    /// <summary>The keys of an article's feature vector: what <see cref="CollectionStatistics.DocumentFrequency"/> counts.</summary>
    public static IEnumerable<string> FeatureKeys(ArticleFeatures features) =>
        Entries(features, StoryClusteringOptions.Default).Select(entry => entry.Key);

    /// <summary>
    /// The weighted features, in ordinal order within each kind (the order the features hold them in):
    /// similarities sum over them, and another order changes the last bits.
    /// </summary>
    private static IEnumerable<(string Key, double Weight)> Entries(ArticleFeatures features, StoryClusteringOptions options)
    {
        foreach (var (term, count) in features.Terms)
        {
            yield return (TermPrefix + features.Language + ":" + term, 1 + Math.Log(count));
        }

        foreach (var (name, count) in features.Names)
        {
            yield return (NamePrefix + name, (1 + Math.Log(count)) * options.NameWeight);
        }

        foreach (var number in features.Numbers)
        {
            yield return ("#:" + number, options.NumberWeight);
        }

        foreach (var period in features.Periods)
        {
            yield return ("p:" + period, options.PeriodWeight);
        }

        if (features.Event is { } signature)
        {
            yield return ("e:" + signature.Type, options.EventWeight);
        }
    }

    private Cluster NewCluster()
    {
        var cluster = new Cluster(++createdClusters, options.CoreShare);
        clusters[cluster.Number] = cluster;
        return cluster;
    }

    private void Attach(Member member, Cluster cluster)
    {
        cluster.ChangedAt = member.PlacedAt = ++changes;
        member.Cluster = cluster;
        cluster.Members.Add(member);
        cluster.Count(member, 1, groupOfKey);
        (cluster.Norms, cluster.Terms) = (null, null);
        Refile(cluster);
        for (var i = 0; i < member.Keys.Length; i++)
        {
            var key = member.Keys[i];
            if (cluster.Sum.TryGetValue(key, out var sum))
            {
                cluster.Sum[key] = sum + member.Values[i];
            }
            else
            {
                cluster.Sum[key] = member.Values[i];
                postings.Add(key, cluster.Period, cluster.Number);
            }
        }
    }

    private void Detach(Member member)
    {
        var cluster = member.Cluster!;
        cluster.ChangedAt = ++changes;
        cluster.Members.Remove(member);
        cluster.Count(member, -1, groupOfKey);
        (cluster.Norms, cluster.Terms) = (null, null);
        member.Cluster = null;
        for (var i = 0; i < member.Keys.Length; i++)
        {
            var key = member.Keys[i];
            var left = cluster.Sum[key] - member.Values[i];
            if (left > 1e-9)
            {
                cluster.Sum[key] = left;
            }
            else
            {
                cluster.Sum.Remove(key);
                postings.Remove(key, cluster.Period, cluster.Number);
            }
        }

        Refile(cluster);

        if (cluster.Members.Count == 0)
        {
            clusters.Remove(cluster.Number);
        }
    }

    /// <summary>Files the story's keys under the period of its date as it is now, when an article moved it to another.</summary>
    private void Refile(Cluster cluster)
    {
        var period = postings.PeriodOf(cluster.Date(null));
        if (period == cluster.Period)
        {
            return;
        }

        foreach (var key in cluster.Sum.Keys)
        {
            postings.Remove(key, cluster.Period, cluster.Number);
            postings.Add(key, period, cluster.Number);
        }

        cluster.Period = period;
    }

    /// <summary>What decides whether two sides can report one event: its day, and whether a text states that day.</summary>
    private readonly record struct EventKey(DateOnly? Day, bool Stated)
    {
        /// <summary>Most days a report without a stated date is published after the event.</summary>
        private const int ReportDelayDays = 7;

        public bool CanBeSame(EventKey other)
        {
            if (Day is not { } day || other.Day is not { } otherDay || (!Stated && !other.Stated))
            {
                return true;
            }

            return Stated && other.Stated ? ReportedEventFinder.SameDay(day, otherDay)
                : Stated ? Fits(day, otherDay)
                : Fits(otherDay, day);
        }

        /// <summary>Whether an event stated for one day can be what a report published on another day tells without a date.</summary>
        private static bool Fits(DateOnly stated, DateOnly published) =>
            stated.DayNumber <= published.DayNumber + ReportedEventFinder.SameDayTolerance && stated.DayNumber >= published.DayNumber - ReportDelayDays;
    }

    /// <param name="keys">The numbers of the article's feature keys, in <see cref="Entries"/> order.</param>
    /// <param name="values">Their weights.</param>
    /// <param name="salient">The name parts the article repeats: who and where it is about.</param>
    private sealed class Member(ArticleFeatures features, int[] keys, double[] values, int[] salient, int arrival)
    {
        public ArticleFeatures Features { get; } = features;

        public int[] Keys { get; } = keys;

        public double[] Values { get; } = values;

        public int[] Salient { get; } = salient;

        public int Arrival { get; } = arrival;

        public Cluster? Cluster { get; set; }

        /// <summary>When the article was last attached to a story (-1: to be placed again).</summary>
        public int PlacedAt { get; set; }

        /// <summary>The keys its candidate stories are looked up by, and the weight stamp they were chosen at.</summary>
        public int[] SalientKeys { get; set; } = [];

        public int SalientKeysAt { get; set; } = -1;

        /// <summary>The stories it could join when it was last scored, with their scores.</summary>
        public List<(Cluster Story, double Score)> Joinable { get; set; } = [];

        /// <summary>The change count when it was last scored (the stories it was compared with were as they were then), and the weight stamp then.</summary>
        public int ScoredAt { get; set; } = -1;

        public int ScoredWeights { get; set; } = -1;
    }

    private sealed class Cluster(int number, double coreShare)
    {
        private readonly Dictionary<int, int> presence = [];
        private readonly Dictionary<int, int> salientPresence = [];
        private readonly Dictionary<DateOnly, int> dates = [];
        private readonly Dictionary<DateOnly, int> statedDates = [];
        private readonly Dictionary<string, int> languages = new(StringComparer.Ordinal);

        // The story's date and event key with every article counted, kept until an article joins or leaves.
        private DateOnly? wholeDate;
        private bool wholeDateKnown;
        private EventKey? wholeKey;

        public int Number { get; } = number;

        public List<Member> Members { get; } = [];

        /// <summary>The sum of its articles' vectors by key number, in the order the keys came (sums over it run in that order).</summary>
        public Dictionary<int, double> Sum { get; } = [];

        /// <summary>Its sum's keys, groups, sums and squared sums in the sum's order, while the sum holds (see <see cref="TermsOf"/>).</summary>
        public (int[] Keys, int[] Groups, double[] Values, double[] Squares)? Terms { get; set; }

        /// <summary>The squared idf-weighted norms per group (by group id), while they hold.</summary>
        public double[]? Norms { get; set; }

        public int NormsAt { get; set; }

        /// <summary>The period its keys are filed under in the postings (of its date when they were filed).</summary>
        public int Period { get; set; } = DatedPostings.Undated;

        /// <summary>When the index last found no story to merge it into, at which weights, and the keys its candidates were found by then.</summary>
        public int MergeCheckedAt { get; set; } = -1;

        public int MergeCheckedWeights { get; set; } = -1;

        public int[] MergeKeys { get; set; } = [];

        /// <summary>When an article last joined or left the story.</summary>
        public int ChangedAt { get; set; }

        public int FirstArrival() => Members.Min(m => m.Arrival);

        /// <summary>The summed vector as key numbers and weights, in its order.</summary>
        public (int[] Keys, double[] Values) Vector() => ([.. Sum.Keys], [.. Sum.Values]);

        /// <summary>How fully the story mentions a name part: 1 once enough of its articles do.</summary>
        public double Present(int key) => Math.Min(1, presence.GetValueOrDefault(key) / Math.Max(1, coreShare * Members.Count));

        /// <summary>The name parts salient in a good share of the story's articles, with that share.</summary>
        public List<(int Key, double Share)> Core(double share) => [.. salientPresence
            .Where(pair => pair.Value >= Math.Max(1, share * Members.Count))
            .Select(pair => (pair.Key, (double)pair.Value / Members.Count))];

        public void Count(Member member, int change, List<int> groupOfKey)
        {
            (wholeKey, wholeDateKnown) = (null, false);
            foreach (var key in member.Keys)
            {
                if (groupOfKey[key] == NameGroupId)
                {
                    presence[key] = presence.GetValueOrDefault(key) + change;
                }
            }

            foreach (var key in member.Salient)
            {
                salientPresence[key] = salientPresence.GetValueOrDefault(key) + change;
            }

            if (member.Features.Date is { } date)
            {
                Tally(dates, date, change);
                if (member.Features.Event is { DateStated: true })
                {
                    Tally(statedDates, date, change);
                }
            }

            if (member.Features.Language is { } language)
            {
                Tally(languages, language, change);
            }
        }

        /// <summary>
        /// The day most of the articles that state one give (the earliest on a tie), else the most
        /// common of all, leaving one article out.
        /// </summary>
        public EventKey Key(Member? without)
        {
            if (without is null)
            {
                return wholeKey ??= KeyLeavingOut(null);
            }

            return KeyLeavingOut(without);
        }

        private EventKey KeyLeavingOut(Member? without)
        {
            var stated = Mode(statedDates, without is { Features: { Date: { } date, Event.DateStated: true } } ? date : null);
            return new EventKey(stated ?? Date(without), stated is not null);
        }

        /// <summary>The languages its articles are written in, leaving one article out.</summary>
        public HashSet<string> Languages(Member? without) =>
            [.. languages.Where(pair => pair.Value - (pair.Key == without?.Features.Language ? 1 : 0) > 0).Select(pair => pair.Key)];

        /// <summary>Whether both sides know their languages and share none (leaving one article out): then their words cannot be compared.</summary>
        public bool SharesNoLanguage(IReadOnlySet<string> otherLanguages, Member? without)
        {
            if (otherLanguages.Count == 0)
            {
                return false;
            }

            var known = false;
            foreach (var (language, count) in languages)
            {
                if (count - (language == without?.Features.Language ? 1 : 0) > 0)
                {
                    if (otherLanguages.Contains(language))
                    {
                        return false;
                    }

                    known = true;
                }
            }

            return known;
        }

        /// <summary>The date most of its articles give for the main event (the earliest on a tie), leaving one article out.</summary>
        public DateOnly? Date(Member? without)
        {
            if (without is not null)
            {
                return Mode(dates, without.Features.Date);
            }

            if (!wholeDateKnown)
            {
                (wholeDate, wholeDateKnown) = (Mode(dates, null), true);
            }

            return wholeDate;
        }

        private static void Tally<TKey>(Dictionary<TKey, int> counts, TKey key, int change)
            where TKey : notnull
        {
            var count = counts.GetValueOrDefault(key) + change;
            if (count > 0)
            {
                counts[key] = count;
            }
            else
            {
                counts.Remove(key);
            }
        }

        /// <summary>The most frequent day, the earliest on a tie, counting <paramref name="leftOut"/> once less.</summary>
        private static DateOnly? Mode(Dictionary<DateOnly, int> counts, DateOnly? leftOut)
        {
            DateOnly? best = null;
            var bestCount = 0;
            foreach (var (day, count) in counts)
            {
                var left = day == leftOut ? count - 1 : count;
                if (left > 0 && (left > bestCount || (left == bestCount && day < best)))
                {
                    (best, bestCount) = (day, left);
                }
            }

            return best;
        }
    }
}
