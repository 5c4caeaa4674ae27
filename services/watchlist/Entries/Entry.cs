namespace Watchlist.WatchlistService.Entries;

/// <summary>An entry's state, folded from its events by <see cref="EntryDecider.Evolve"/>.</summary>
/// <param name="Pending">On a four-eyes list: the listing or delisting that waits for a second admin, and who made it.</param>
public sealed record Entry(
    Guid Id, int Version, EntryStatus Status, EntryDetails Details, DateTimeOffset ListedAt, DateTimeOffset ChangedAt,
    PendingRequest? Pending = null)
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

public enum PendingKind { Listing, Delisting }

/// <summary>
/// A change that waits for a checker. <paramref name="Makers"/> are everyone who shaped it (the admin who listed and anyone who
/// amended it since): none of them may approve it, or one person could write an entry and let it through.
/// </summary>
public sealed record PendingRequest(PendingKind Kind, IReadOnlyList<string> Makers)
{
    public bool IsMaker(string actor) => Makers.Contains(actor);
}
