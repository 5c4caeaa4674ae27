namespace Watchlist.Matching;

public enum NameType
{
    Primary,
    Alias,

    /// <summary>Low-quality alias (sanctions lists flag these); a hit on it counts for less.</summary>
    WeakAlias,
}
