namespace Watchlist.WatchlistService.Entries;

/// <summary>An entry's state, folded from its events by <see cref="EntryDecider.Evolve"/>.</summary>
public sealed record Entry(Guid Id, int Version, EntryStatus Status, EntryDetails Details, DateTimeOffset ListedAt, DateTimeOffset ChangedAt);
