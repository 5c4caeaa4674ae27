namespace Watchlist.WatchlistService.Entries;

public interface IEntryCommand
{
    Change Change { get; }
}

public sealed record ListEntry(Guid EntryId, EntryDetails Details, Change Change) : IEntryCommand;
