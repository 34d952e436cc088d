using System.Collections.Immutable;

namespace Readout.Stories;

/// <summary>A story as the index holds it: its articles in arrival order and its main event's date.</summary>
/// <param name="Central">The article nearest the story's centre.</param>
public sealed record StoryCluster(string Id, ImmutableArray<ArticleFeatures> Articles, DateOnly? Date, ArticleFeatures Central);

/// <summary>
/// Assigns articles to stories one at a time. Each story keeps the sum of its articles'
/// feature vectors; an inverted index from feature to stories yields the candidates a new
/// article is compared with, so an article meets only stories that share one of its most
/// salient features (a name part, a content stem, a number, a period). Similarity is the
/// tf-idf cosine over the running collection, lowered when the main events' dates are apart.
/// <see cref="Settle"/> revisits every article with the final weights and merges stories that
/// turned out alike, so the order articles came in barely matters.
/// </summary>
public sealed class IncrementalStoryIndex(StoryClusteringOptions? options = null)
{
    private readonly StoryClusteringOptions options = options ?? StoryClusteringOptions.Default;
    private readonly List<Member> members = [];
    private readonly Dictionary<string, int> documentFrequency = [];
    private readonly Dictionary<int, Cluster> clusters = [];
    private readonly Dictionary<string, HashSet<int>> postings = [];
    private int createdClusters;

    /// <summary>How many article-or-story to story similarities have been computed so far.</summary>
    public int Comparisons { get; private set; }

    public int Count => members.Count;

    /// <summary>Adds an article and returns the story it joins now ("s3"); <see cref="Settle"/> may move it later.</summary>
    public string Add(ArticleFeatures features)
    {
        var member = new Member(features, Vector(features), members.Count);
        members.Add(member);
        foreach (var key in member.Vector.Keys)
        {
            documentFrequency[key] = documentFrequency.GetValueOrDefault(key) + 1;
        }

        Place(member);
        return "s" + member.Cluster!.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Reassigns every article with the final term weights and merges look-alike stories, until nothing moves.</summary>
    public void Settle()
    {
        for (var pass = 0; pass < options.SettlePasses; pass++)
        {
            var moved = false;
            foreach (var member in members.OrderBy(m => m.Features.Id, StringComparer.Ordinal))
            {
                var before = member.Cluster!;
                var wasAlone = before.Members.Count == 1;
                Detach(member);
                Place(member);
                moved |= member.Cluster != before && !(wasAlone && member.Cluster!.Members.Count == 1);
            }

            if (!MergeAlike() && !moved)
            {
                return;
            }
        }
    }

    /// <summary>The stories, numbered "s1", "s2"... in the order of their first article.</summary>
    public ImmutableArray<StoryCluster> Stories() =>
        [.. clusters.Values
            .OrderBy(c => c.Members.Min(m => m.Arrival))
            .Select((cluster, index) => new StoryCluster(
                "s" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                [.. cluster.Members.OrderBy(m => m.Arrival).Select(m => m.Features)],
                cluster.Date(null),
                cluster.Members.OrderByDescending(m => Similarity(m.Vector, m.Features.Date, cluster, m)).ThenBy(m => m.Arrival).First().Features))];

    private void Place(Member member)
    {
        var best = Candidates(member.Vector)
            .Select(cluster => (Cluster: cluster, Score: Similarity(member.Vector, member.Features.Date, cluster, null)))
            .OrderByDescending(pair => pair.Score)
            .ThenBy(pair => pair.Cluster.Members.Min(m => m.Arrival))
            .FirstOrDefault();
        Attach(member, best.Cluster is not null && best.Score >= options.JoinThreshold ? best.Cluster : NewCluster());
    }

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

            var target = Candidates(cluster.Sum)
                .Where(other => other != cluster)
                .Select(other => (Cluster: other, Score: Similarity(cluster.Sum, cluster.Date(null), other, null)))
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

    /// <summary>The stories that share one of the vector's most salient features.</summary>
    private List<Cluster> Candidates(IReadOnlyDictionary<string, double> vector)
    {
        var found = new HashSet<int>();
        foreach (var key in vector.OrderByDescending(pair => pair.Value * Idf(pair.Key)).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(options.CandidateKeys).Select(pair => pair.Key))
        {
            if (postings.TryGetValue(key, out var stories))
            {
                found.UnionWith(stories);
            }
        }

        return [.. found.Order().Select(number => clusters[number])];
    }

    /// <summary>Cosine of the idf-weighted vectors, lowered by the distance between the main events' dates.</summary>
    private double Similarity(IReadOnlyDictionary<string, double> vector, DateOnly? date, Cluster cluster, Member? without)
    {
        Comparisons++;
        double dot = 0, left = 0, right = 0;
        foreach (var (key, value) in vector)
        {
            var idf = Idf(key);
            left += value * value * idf * idf;
            if (cluster.Sum.TryGetValue(key, out var other))
            {
                dot += value * (other - (without?.Vector.GetValueOrDefault(key) ?? 0)) * idf * idf;
            }
        }

        foreach (var (key, value) in cluster.Sum)
        {
            var idf = Idf(key);
            var own = value - (without?.Vector.GetValueOrDefault(key) ?? 0);
            right += own * own * idf * idf;
        }

        return left == 0 || right < 1e-12 ? 0 : dot / Math.Sqrt(left * right) * DateFactor(date, cluster.Date(without));
    }

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

    private double Idf(string key) => Math.Log(1 + (double)members.Count / documentFrequency.GetValueOrDefault(key, 1));

    private Dictionary<string, double> Vector(ArticleFeatures features)
    {
        var vector = new Dictionary<string, double>();
        foreach (var (term, count) in features.Terms)
        {
            vector["t:" + term] = 1 + Math.Log(count);
        }

        foreach (var (name, count) in features.Names)
        {
            vector["n:" + name] = (1 + Math.Log(count)) * options.NameWeight;
        }

        foreach (var number in features.Numbers)
        {
            vector["#:" + number] = options.NumberWeight;
        }

        foreach (var period in features.Periods)
        {
            vector["p:" + period] = options.PeriodWeight;
        }

        if (features.Event is { } signature)
        {
            vector["e:" + signature.Type] = options.EventWeight;
        }

        return vector;
    }

    private Cluster NewCluster()
    {
        var cluster = new Cluster(++createdClusters);
        clusters[cluster.Number] = cluster;
        return cluster;
    }

    private void Attach(Member member, Cluster cluster)
    {
        member.Cluster = cluster;
        cluster.Members.Add(member);
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
        cluster.Members.Remove(member);
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

    private sealed class Member(ArticleFeatures features, Dictionary<string, double> vector, int arrival)
    {
        public ArticleFeatures Features { get; } = features;

        public Dictionary<string, double> Vector { get; } = vector;

        public int Arrival { get; } = arrival;

        public Cluster? Cluster { get; set; }
    }

    private sealed class Cluster(int number)
    {
        public int Number { get; } = number;

        public List<Member> Members { get; } = [];

        public Dictionary<string, double> Sum { get; } = [];

        /// <summary>The date most of its articles give for the main event (the earliest on a tie), leaving one article out.</summary>
        public DateOnly? Date(Member? without) =>
            Members.Where(m => m != without && m.Features.Date is not null)
                .GroupBy(m => m.Features.Date!.Value)
                .OrderByDescending(group => group.Count())
                .ThenBy(group => group.Key)
                .Select(group => (DateOnly?)group.Key)
                .FirstOrDefault();
    }
}
