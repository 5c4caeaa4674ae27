namespace Watchlist.Matching;

/// <summary>
/// Score cut-offs. A score means the same for every entry kind, so one pair of thresholds
/// serves persons, organisations, documents and online identifiers alike.
/// </summary>
public sealed record MatchThresholds
{
    public static MatchThresholds Default { get; } = new();

    public MatchThresholds(double match = 0.85, double review = 0.65)
    {
        if (review is < 0 or > 1 || match is < 0 or > 1 || review > match)
            throw new ArgumentOutOfRangeException(nameof(review), "Need 0 <= review <= match <= 1.");
        Match = match;
        Review = review;
    }

    public double Match { get; }

    public double Review { get; }

    internal MatchBand? BandOf(double score) =>
        score >= Match ? MatchBand.Match : score >= Review ? MatchBand.Review : null;
}
