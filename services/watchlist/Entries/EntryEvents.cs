namespace Watchlist.WatchlistService.Entries;

/// <summary>The facts stored in an entry's stream. Each carries the change context it happened under.</summary>
public interface IEntryEvent
{
    Guid EntryId { get; }
    Change Change { get; }
}

/// <param name="AwaitsApproval">Listed on a four-eyes list: PENDING_APPROVAL, never hits until <see cref="EntryApproved"/>.</param>
public sealed record EntryListed(Guid EntryId, EntryDetails Details, Change Change, bool AwaitsApproval = false) : IEntryEvent;

/// <summary>
/// Details changed; <paramref name="Details"/> is the whole new state, <paramref name="ChangedFields"/> names what differs.
/// </summary>
public sealed record EntryAmended(Guid EntryId, EntryDetails Details, IReadOnlyList<string> ChangedFields, Change Change) : IEntryEvent;

public sealed record EntrySuspended(Guid EntryId, Change Change) : IEntryEvent;

public sealed record EntryReinstated(Guid EntryId, Change Change) : IEntryEvent;

public sealed record EntryDelisted(Guid EntryId, Change Change) : IEntryEvent;

/// <summary>Someone confirmed the entry is still right, and set when it must be reviewed again.</summary>
public sealed record EntryReviewed(Guid EntryId, DateOnly? NextReviewBy, Change Change) : IEntryEvent;

public sealed record EntryValidityChanged(Guid EntryId, DateTimeOffset? ValidFrom, DateTimeOffset? ValidUntil, Change Change) : IEntryEvent;

/// <summary>A second admin (the checker, in <paramref name="Change"/>) approved the pending listing: the entry is ACTIVE.</summary>
public sealed record EntryApproved(Guid EntryId, Change Change) : IEntryEvent;

/// <summary>A second admin rejected the pending listing: REJECTED, for good.</summary>
public sealed record EntryRejected(Guid EntryId, Change Change) : IEntryEvent;

/// <summary>An admin asked to delist an entry of a four-eyes list; it stays in force until a second admin approves.</summary>
public sealed record EntryDelistingRequested(Guid EntryId, Change Change) : IEntryEvent;

/// <summary>A second admin refused the delisting request; the entry stays as it was.</summary>
public sealed record EntryDelistingRejected(Guid EntryId, Change Change) : IEntryEvent;

public static class EntryEventTypes
{
    /// <summary>Every entry event type, for reading an entry's facts out of a store that also holds screenings.</summary>
    public static readonly Type[] All =
        [
            typeof(EntryListed), typeof(EntryAmended), typeof(EntrySuspended), typeof(EntryReinstated), typeof(EntryDelisted),
            typeof(EntryReviewed), typeof(EntryValidityChanged), typeof(EntryApproved), typeof(EntryRejected),
            typeof(EntryDelistingRequested), typeof(EntryDelistingRejected),
        ];
}
