namespace Watchlist.Matching;

/// <summary>One line of a hit's explanation: how one feature compared, in [0,1], and why.</summary>
public sealed record MatchEvidence(MatchFeature Feature, double Score, string Detail);
