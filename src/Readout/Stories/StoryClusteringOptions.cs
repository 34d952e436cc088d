namespace Readout.Stories;

/// <summary>How the story index weighs features and when it joins an article to a story.</summary>
/// <param name="JoinThreshold">Least similarity for an article to join an existing story.</param>
/// <param name="MergeThreshold">Least similarity for two stories to become one when the index settles.</param>
/// <param name="CandidateKeys">How many of an article's most salient features are looked up in the index.</param>
/// <param name="NameWeight">Weight of a name part against a content word when the index picks an article's most salient features and when a story splits.</param>
/// <param name="NameShare">Share of the name cosine in the blended similarity, where both sides have names.</param>
/// <param name="NameAgreementPower">How hard disagreeing salient names pull the similarity of two stories down (0: not at all).</param>
/// <param name="CoreShare">Share of a story's articles that must repeat a name for it to be one of the story's own.</param>
/// <param name="NumberWeight">Weight of a distinguishing number.</param>
/// <param name="PeriodWeight">Weight of a day, month or year the article mentions.</param>
/// <param name="EventWeight">Weight of the main event's type.</param>
/// <param name="SameDateDays">Main-event dates at most this far apart count as the same date.</param>
/// <param name="DistantDateDays">Main-event dates at least this far apart take the full date penalty.</param>
/// <param name="DistantDateFactor">What similarity keeps between stories with distant dates.</param>
/// <param name="CandidateWindowDays">Stories whose main-event date is further than this from an article's or another story's are not compared with it.</param>
/// <param name="MinSplitPart">Fewest articles on each side of a story split.</param>
/// <param name="SplitAgreement">A story splits in two when its halves' names agree less than this.</param>
/// <param name="SettlePasses">Most reassignment passes when the index settles.</param>
public sealed record StoryClusteringOptions(
    double JoinThreshold = 0.2,
    double MergeThreshold = 0.25,
    int CandidateKeys = 24,
    double NameWeight = 1.5,
    double NameShare = 0.7,
    double NameAgreementPower = 1,
    double CoreShare = 0.3,
    double NumberWeight = 0.8,
    double PeriodWeight = 0.8,
    double EventWeight = 0.5,
    int SameDateDays = 3,
    int DistantDateDays = 90,
    double DistantDateFactor = 0.2,
    int CandidateWindowDays = 90,
    int MinSplitPart = 4,
    double SplitAgreement = 0.4,
    int SettlePasses = 5)
{
    public static readonly StoryClusteringOptions Default = new();
}
