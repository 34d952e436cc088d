using System.Collections.Immutable;
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

    private readonly StoryClusteringOptions options = options ?? StoryClusteringOptions.Default;
    private readonly List<Member> members = [];
    private readonly Dictionary<string, int> documentFrequency = [];
    private readonly Dictionary<int, Cluster> clusters = [];
    private readonly Dictionary<string, HashSet<int>> postings = [];
    private readonly Dictionary<string, KeyWeight> weights = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> groupOfKey = new(StringComparer.Ordinal);
    private readonly List<string> groupNames = [NameGroup, SharedGroup];

    /// <summary>Group ids in the ordinal order of their names: the order the groups' sums are added in.</summary>
    private List<int> groupsInOrder = [NameGroupId, SharedGroupId];
    private int weightsAt = -1;
    private int createdClusters;

    /// <summary>Counts every attach and detach, so that a story and an article can tell which happened later.</summary>
    private int changes;

    /// <summary>How many article-or-story to story similarities have been computed so far.</summary>
    public int Comparisons { get; private set; }

    /// <summary>Adds an article and returns the story it joins now ("s3"); <see cref="Settle"/> may move it later.</summary>
    public string Add(ArticleFeatures features)
    {
        var member = Admit(features);
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
            Attach(Admit(features), cluster);
        }

        if (cluster.Members.Count == 0)
        {
            clusters.Remove(cluster.Number);
        }
    }

    private Member Admit(ArticleFeatures features)
    {
        var member = new Member(features, Vector(features), members.Count);
        members.Add(member);
        foreach (var key in member.Vector.Keys)
        {
            documentFrequency[key] = documentFrequency.GetValueOrDefault(key) + 1;
            RegisterGroup(key);
        }

        return member;
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

        for (var pass = 0; pass < options.SettlePasses; pass++)
        {
            var moved = false;
            foreach (var member in members.OrderBy(m => m.Features.Id, StringComparer.Ordinal))
            {
                if (StillPlaced(member))
                {
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
        && Candidates(member.Vector, member.Features.Date).All(cluster => cluster.ChangedAt <= member.PlacedAt);

    /// <summary>
    /// Splits a story in two where its articles fall into two groups that repeat different
    /// names (the same boxer against two opponents): a two-means split over the names that
    /// only part of the story's articles carry, kept only when the two halves' own names disagree.
    /// </summary>
    /// <returns>The story split off, or null when the story stays whole.</returns>
    private Cluster? SplitMixed(Cluster cluster)
    {
        var size = cluster.Members.Count;
        var presence = cluster.Members.SelectMany(m => m.Vector.Keys.Where(key => !key.StartsWith(TermPrefix, StringComparison.Ordinal)))
            .GroupBy(key => key)
            .Where(group => group.Count() >= options.MinSplitPart && group.Count() <= size - options.MinSplitPart)
            .Select(group => group.Key)
            .ToHashSet();
        var contrast = cluster.Members.ToDictionary(m => m, m => m.Vector.Where(pair => presence.Contains(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value * Idf(pair.Key)));
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

        var split = NewCluster();
        foreach (var member in partB)
        {
            Detach(member);
            Attach(member, split);
        }

        var agreement = NameAgreement(cluster.Core(options.CoreShare), split.Present, split.Core(options.CoreShare), cluster.Present, 1);
        if (agreement < options.SplitAgreement)
        {
            return split;
        }

        foreach (var member in partB)
        {
            Detach(member);
            Attach(member, cluster);
        }

        return null;
    }

    private static double Norm(Dictionary<string, double> vector) => Math.Sqrt(vector.Values.Sum(v => v * v));

    private static double Cosine(Dictionary<string, double> left, Dictionary<string, double> right)
    {
        var norms = Norm(left) * Norm(right);
        return norms == 0 ? 0 : left.Sum(pair => pair.Value * right.GetValueOrDefault(pair.Key)) / norms;
    }

    private static Dictionary<string, double> Centre(IEnumerable<Dictionary<string, double>> vectors)
    {
        var centre = new Dictionary<string, double>();
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
                cluster.Members.OrderByDescending(m => Similarity(m.Vector, KeyOf(m.Features), LanguagesOf(m), cluster, m)).ThenBy(m => m.Arrival).First().Features))];

    /// <summary>Joins the most similar story above the threshold, one in the article's own language before any other.</summary>
    private void Place(Member member)
    {
        var languages = LanguagesOf(member);
        var best = Candidates(member.Vector, member.Features.Date)
            .Select(cluster => (Cluster: cluster, Score: Similarity(member.Vector, KeyOf(member.Features), languages, cluster, null)))
            .Where(pair => pair.Score >= options.JoinThreshold)
            .OrderBy(pair => AcrossLanguages(languages, pair.Cluster.Languages(null)))
            .ThenByDescending(pair => pair.Score)
            .ThenBy(pair => pair.Cluster.Members.Min(m => m.Arrival))
            .FirstOrDefault();
        Attach(member, best.Cluster ?? NewCluster());
    }

    /// <summary>Whether two sides both know their languages and share none: then their words cannot be compared.</summary>
    private static bool AcrossLanguages(IReadOnlySet<string> languages, IReadOnlySet<string> otherLanguages) =>
        languages.Count > 0 && otherLanguages.Count > 0 && !languages.Overlaps(otherLanguages);

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

            var target = Candidates(cluster.Sum, cluster.Date(null))
                .Where(other => other != cluster)
                .Select(other => (Cluster: other, Score: Similarity(cluster.Sum, cluster.Key(null), cluster.Languages(null), other, null)
                    * NameAgreement(cluster.Core(options.CoreShare), other.Present, other.Core(options.CoreShare), cluster.Present, options.NameAgreementPower)))
                .Where(pair => pair.Score >= options.MergeThreshold)
                .OrderByDescending(pair => pair.Score)
                .Select(pair => pair.Cluster)
                .FirstOrDefault();
            if (target is not null)
            {
                foreach (var member in cluster.Members.ToList())
                {
                    Detach(member);
                    Attach(member, target);
                }

                merged = true;
            }
        }

        return merged;
    }

    /// <summary>The stories that share one of the vector's most salient features and whose main event is within the window of <paramref name="day"/>.</summary>
    private List<Cluster> Candidates(IReadOnlyDictionary<string, double> vector, DateOnly? day)
    {
        var found = new HashSet<int>();
        foreach (var key in vector.OrderByDescending(pair => pair.Value * Idf(pair.Key)).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(options.CandidateKeys).Select(pair => pair.Key))
        {
            if (postings.TryGetValue(key, out var stories))
            {
                found.UnionWith(stories);
            }
        }

        return [.. found.Order().Select(number => clusters[number]).Where(cluster => WithinWindow(day, cluster.Date(null)))];
    }

    private bool WithinWindow(DateOnly? first, DateOnly? second) =>
        first is not { } a || second is not { } b || Math.Abs(a.DayNumber - b.DayNumber) <= options.CandidateWindowDays;

    /// <summary>
    /// Blend of two idf-weighted cosines, one over name parts and one over everything else, so
    /// that the many words two look-alike events share cannot drown the names that differ;
    /// lowered by the distance between the main events' dates; nothing when the events cannot be one.
    /// Across languages only the name cosine counts, and only when both sides date the event alike.
    /// </summary>
    private double Similarity(Dictionary<string, double> vector, EventKey eventKey, IReadOnlySet<string> languages, Cluster cluster, Member? without)
    {
        Comparisons++;
        var clusterKey = cluster.Key(without);
        if (!eventKey.CanBeSame(clusterKey))
        {
            return 0;
        }

        var acrossLanguages = AcrossLanguages(languages, cluster.Languages(without));
        if (acrossLanguages && !SameDate(eventKey.Day, clusterKey.Day))
        {
            return 0;
        }

        var dot = new double[groupNames.Count];
        var left = new double[groupNames.Count];
        var present = new bool[groupNames.Count];
        var right = NormsSquared(cluster, copy: without is not null);
        foreach (var (key, value) in vector)
        {
            var (group, _, idf2) = Weight(key);
            present[group] = true;
            left[group] += value * value * idf2;
            dot[group] += value * (cluster.Sum.GetValueOrDefault(key) - (without?.Vector.GetValueOrDefault(key) ?? 0)) * idf2;
        }

        foreach (var (key, removed) in without?.Vector ?? [])
        {
            var (group, _, idf2) = Weight(key);
            right[group] += (removed * removed - 2 * cluster.Sum.GetValueOrDefault(key) * removed) * idf2;
        }

        // Words meet only words of their own language: the story's words in other languages do not count against an article.
        present[SharedGroupId] = true;
        double otherDot = 0, otherLeft = 0, otherRight = 0;
        foreach (var group in groupsInOrder.Where(group => group != NameGroupId && present[group]))
        {
            (otherDot, otherLeft, otherRight) = (otherDot + dot[group], otherLeft + left[group], otherRight + right[group]);
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
    /// How far two sides agree on who and where the event is about: the idf-weighted share of
    /// each side's salient names (repeated in an article, or salient in many of a story's
    /// articles) that the other side mentions at all, multiplied, raised to a power. Two fights
    /// of the same boxer against different opponents share the boxer but not the opponent.
    /// </summary>
    private double NameAgreement(IReadOnlyDictionary<string, double> salient, Func<string, double> presentInOther, IReadOnlyDictionary<string, double> otherSalient, Func<string, double> presentInFirst, double power)
    {
        double Coverage(IReadOnlyDictionary<string, double> names, Func<string, double> present)
        {
            double total = 0, covered = 0;
            foreach (var (key, strength) in names)
            {
                var weight = Idf(key) * strength;
                total += weight;
                covered += weight * present(key);
            }

            return total == 0 ? 1 : covered / total;
        }

        return Math.Pow(Coverage(salient, presentInOther) * Coverage(otherSalient, presentInFirst), power);
    }

    private static EventKey KeyOf(ArticleFeatures features) => new(features.Date, features.Event?.DateStated ?? false);

    /// <summary>Names; the words of one language ("t:de:"); or what every language shares (numbers, periods, the event type).</summary>
    private static string Group(string key) =>
        key.StartsWith(NamePrefix, StringComparison.Ordinal) ? NameGroup
            : key.StartsWith(TermPrefix, StringComparison.Ordinal) ? key[..(key.IndexOf(':', TermPrefix.Length) + 1)]
            : SharedGroup;

    /// <summary>Gives a key its group's id, numbering a group the first time one of its keys comes.</summary>
    private void RegisterGroup(string key)
    {
        if (groupOfKey.ContainsKey(key))
        {
            return;
        }

        var name = Group(key);
        var id = groupNames.IndexOf(name);
        if (id < 0)
        {
            id = groupNames.Count;
            groupNames.Add(name);
            groupsInOrder = [.. Enumerable.Range(0, groupNames.Count).OrderBy(group => groupNames[group], StringComparer.Ordinal)];
        }

        groupOfKey[key] = id;
    }

    /// <summary>The squared idf-weighted norms of a story's vector per group, kept until the story or the collection changes.</summary>
    private double[] NormsSquared(Cluster cluster, bool copy)
    {
        if (cluster.Norms is not { } norms || (collection is null && cluster.NormsAt != members.Count))
        {
            norms = new double[groupNames.Count];
            foreach (var (key, value) in cluster.Sum)
            {
                var (group, _, idf2) = Weight(key);
                norms[group] += value * value * idf2;
            }

            cluster.Norms = norms;
            cluster.NormsAt = members.Count;
        }

        return copy || norms.Length < groupNames.Count ? [.. norms, .. new double[groupNames.Count - norms.Length]] : norms;
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

    private double Idf(string key) => Weight(key).Idf;

    /// <summary>A key's group and idf, kept until the collection changes (an index with collection statistics never sees it change).</summary>
    private KeyWeight Weight(string key)
    {
        if (collection is null && weightsAt != members.Count)
        {
            weights.Clear();
            weightsAt = members.Count;
        }

        if (!weights.TryGetValue(key, out var weight))
        {
            var idf = InverseDocumentFrequency(key);
            weights[key] = weight = new KeyWeight(groupOfKey[key], idf, Math.Pow(idf, 2));
        }

        return weight;
    }

    private double InverseDocumentFrequency(string key) => collection is { } whole
        ? Math.Log(1 + (double)Math.Max(whole.Articles, 1) / Math.Max(whole.DocumentFrequency.GetValueOrDefault(key, 1), 1))
        : Math.Log(1 + (double)members.Count / documentFrequency.GetValueOrDefault(key, 1));

    /// <summary>The keys of an article's feature vector: what <see cref="CollectionStatistics.DocumentFrequency"/> counts.</summary>
    public static IEnumerable<string> FeatureKeys(ArticleFeatures features) =>
        Entries(features, StoryClusteringOptions.Default).Select(entry => entry.Key);

    private Dictionary<string, double> Vector(ArticleFeatures features)
    {
        var vector = new Dictionary<string, double>();
        foreach (var (key, weight) in Entries(features, options))
        {
            vector[key] = weight;
        }

        return vector;
    }

    /// <summary>
    /// The weighted features, in ordinal order within each kind, not the immutable dictionaries' hash
    /// order (which changes from run to run): similarities sum over them, and another order changes the last bits.
    /// </summary>
    private static IEnumerable<(string Key, double Weight)> Entries(ArticleFeatures features, StoryClusteringOptions options)
    {
        foreach (var (term, count) in features.Terms.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            yield return (TermPrefix + features.Language + ":" + term, 1 + Math.Log(count));
        }

        foreach (var (name, count) in features.Names.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            yield return (NamePrefix + name, (1 + Math.Log(count)) * options.NameWeight);
        }

        foreach (var number in features.Numbers.Order(StringComparer.Ordinal))
        {
            yield return ("#:" + number, options.NumberWeight);
        }

        foreach (var period in features.Periods.Order(StringComparer.Ordinal))
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
        cluster.Count(member, 1);
        cluster.Norms = null;
        foreach (var (key, value) in member.Vector)
        {
            cluster.Sum[key] = cluster.Sum.GetValueOrDefault(key) + value;
            if (!postings.TryGetValue(key, out var stories))
            {
                postings[key] = stories = [];
            }

            stories.Add(cluster.Number);
        }
    }

    private void Detach(Member member)
    {
        var cluster = member.Cluster!;
        cluster.ChangedAt = ++changes;
        cluster.Members.Remove(member);
        cluster.Count(member, -1);
        cluster.Norms = null;
        member.Cluster = null;
        foreach (var (key, value) in member.Vector)
        {
            var left = cluster.Sum[key] - value;
            if (left > 1e-9)
            {
                cluster.Sum[key] = left;
            }
            else
            {
                cluster.Sum.Remove(key);
                postings[key].Remove(cluster.Number);
            }
        }

        if (cluster.Members.Count == 0)
        {
            clusters.Remove(cluster.Number);
        }
    }

    private readonly record struct KeyWeight(int Group, double Idf, double Idf2);

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

    private sealed class Member(ArticleFeatures features, Dictionary<string, double> vector, int arrival)
    {
        public ArticleFeatures Features { get; } = features;

        /// <summary>The name parts the article repeats: who and where it is about.</summary>
        public Dictionary<string, double> Salient { get; } = features.Names.Where(pair => pair.Value >= SalientMentions)
            .ToDictionary(pair => NamePrefix + pair.Key, _ => 1.0);

        public Dictionary<string, double> Vector { get; } = vector;

        public int Arrival { get; } = arrival;

        public Cluster? Cluster { get; set; }

        /// <summary>When the article was last attached to a story (-1: to be placed again).</summary>
        public int PlacedAt { get; set; }
    }

    private sealed class Cluster(int number, double coreShare)
    {
        private readonly Dictionary<string, int> presence = [];
        private readonly Dictionary<string, int> salientPresence = [];
        private readonly Dictionary<DateOnly, int> dates = [];
        private readonly Dictionary<DateOnly, int> statedDates = [];
        private readonly Dictionary<string, int> languages = new(StringComparer.Ordinal);

        public int Number { get; } = number;

        public List<Member> Members { get; } = [];

        public Dictionary<string, double> Sum { get; } = [];

        /// <summary>The squared idf-weighted norms per group (by group id), while they hold.</summary>
        public double[]? Norms { get; set; }

        public int NormsAt { get; set; }

        /// <summary>When an article last joined or left the story.</summary>
        public int ChangedAt { get; set; }

        /// <summary>How fully the story mentions a name part: 1 once enough of its articles do.</summary>
        public double Present(string key) => Math.Min(1, presence.GetValueOrDefault(key) / Math.Max(1, coreShare * Members.Count));

        /// <summary>The name parts salient in a good share of the story's articles, with that share.</summary>
        public Dictionary<string, double> Core(double share) => salientPresence
            .Where(pair => pair.Value >= Math.Max(1, share * Members.Count))
            .ToDictionary(pair => pair.Key, pair => (double)pair.Value / Members.Count);

        public void Count(Member member, int change)
        {
            foreach (var key in member.Vector.Keys.Where(key => key.StartsWith(NamePrefix, StringComparison.Ordinal)))
            {
                presence[key] = presence.GetValueOrDefault(key) + change;
            }

            foreach (var key in member.Salient.Keys)
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
            var stated = Mode(statedDates, without is { Features: { Date: { } date, Event.DateStated: true } } ? date : null);
            return new EventKey(stated ?? Date(without), stated is not null);
        }

        /// <summary>The languages its articles are written in, leaving one article out.</summary>
        public HashSet<string> Languages(Member? without) =>
            [.. languages.Where(pair => pair.Value - (pair.Key == without?.Features.Language ? 1 : 0) > 0).Select(pair => pair.Key)];

        /// <summary>The date most of its articles give for the main event (the earliest on a tie), leaving one article out.</summary>
        public DateOnly? Date(Member? without) => Mode(dates, without?.Features.Date);

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
