namespace Watchlist.Matching;

public sealed record ScreeningOptions
{
    public static ScreeningOptions Default { get; } = new();

    public MatchThresholds Thresholds { get; init; } = MatchThresholds.Default;

    /// <summary>
    /// Asked for each candidate before it is scored, so callers can exclude suspended,
    /// expired or non-releasable entries without touching the index. Must be thread-safe.
    /// </summary>
    public Func<Guid, bool>? IsEligible { get; init; }

    public int MaxResults { get; init; } = 20;

    /// <summary>How many of the best candidates from the inverted index get precise scoring.</summary>
    public int MaxCandidates { get; init; } = 200;
}
