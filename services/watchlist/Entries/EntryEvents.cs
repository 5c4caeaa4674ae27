namespace Watchlist.WatchlistService.Entries;

/// <summary>The facts stored in an entry's stream. Each carries the change context it happened under.</summary>
public interface IEntryEvent
{
    Guid EntryId { get; }
    Change Change { get; }
}

public sealed record EntryListed(Guid EntryId, EntryDetails Details, Change Change) : IEntryEvent;

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

public static class EntryEventTypes
{
    /// <summary>Every entry event type, for reading an entry's facts out of a store that also holds screenings.</summary>
    public static readonly Type[] All =
        [
            typeof(EntryListed), typeof(EntryAmended), typeof(EntrySuspended), typeof(EntryReinstated), typeof(EntryDelisted),
            typeof(EntryReviewed), typeof(EntryValidityChanged),
        ];
}
