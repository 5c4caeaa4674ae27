using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Screening;

/// <summary>
/// What screening needs to know about an indexed entry besides what it matches on: whether it
/// may hit (in force, released to the caller) and what a hit shows the officer.
/// </summary>
public sealed record HitFacts(Entry Entry)
{
    public bool MayHit(DateTimeOffset at, string? agency) => Entry.IsInForceAt(at) && Entry.Details.IsReleasableTo(agency);
}
