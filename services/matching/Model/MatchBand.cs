namespace Watchlist.Matching;

public enum MatchBand
{
    /// <summary>Worth an officer's second look.</summary>
    Review,

    /// <summary>Strong enough to act on.</summary>
    Match,
}
