namespace Watchlist.Matching;

/// <summary>What a watchlist entry describes; every kind is scored on the same scale.</summary>
public enum EntryKind
{
    Person,
    Organisation,
    TravelDocument,
    OnlineIdentifier,
}
