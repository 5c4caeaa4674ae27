namespace Watchlist.WatchlistService.Entries;

public interface IEntryCommand
{
    Guid EntryId { get; }
    Change Change { get; }
}

public sealed record ListEntry(Guid EntryId, EntryDetails Details, Change Change) : IEntryCommand;

/// <summary>Replace the changeable details; the decider works out which facts that amounts to.</summary>
public sealed record AmendEntry(Guid EntryId, EntryDetails Details, Change Change) : IEntryCommand;

public sealed record SuspendEntry(Guid EntryId, Change Change) : IEntryCommand;

public sealed record ReinstateEntry(Guid EntryId, Change Change) : IEntryCommand;

public sealed record DelistEntry(Guid EntryId, Change Change) : IEntryCommand;

/// <summary>Confirm the entry is still right, and set when it must be reviewed next.</summary>
public sealed record ReviewEntry(Guid EntryId, DateOnly? NextReviewBy, Change Change) : IEntryCommand;
