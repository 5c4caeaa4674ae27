namespace Watchlist.WatchlistService.Entries;

/// <summary>An entry's state, folded from its events by <see cref="EntryDecider.Evolve"/>.</summary>
public sealed record Entry(
    Guid Id, int Version, EntryStatus Status, EntryDetails Details, DateTimeOffset ListedAt, DateTimeOffset ChangedAt)
{
    /// <summary>
    /// The status as seen at <paramref name="now"/>: an active entry past its validUntil is
    /// EXPIRED without anyone acting, because expiry is a fact of time, not an event.
    /// </summary>
    public EntryStatus StatusAt(DateTimeOffset now) =>
        Status == EntryStatus.Active && Details.ValidUntil is { } until && until <= now ? EntryStatus.Expired : Status;

    /// <summary>Whether a screening at <paramref name="at"/> may hit this entry.</summary>
    public bool IsInForceAt(DateTimeOffset at) =>
        StatusAt(at) == EntryStatus.Active && (Details.ValidFrom is not { } from || from <= at);
}
