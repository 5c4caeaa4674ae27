namespace Watchlist.WatchlistService.Entries;

/// <summary>The facts stored in an entry's stream. Each carries the change context it happened under.</summary>
public interface IEntryEvent
{
    Change Change { get; }
}

public sealed record EntryListed(Guid EntryId, EntryDetails Details, Change Change) : IEntryEvent;
