namespace Watchlist.WatchlistService.Entries;

public interface IEntryCommand
{
    Guid EntryId { get; }
    Change Change { get; }
}

/// <param name="FourEyes">The entry is on a four-eyes list of its owner: it waits for a second admin before it may hit.</param>
public sealed record ListEntry(Guid EntryId, EntryDetails Details, Change Change, bool FourEyes = false) : IEntryCommand;

/// <summary>Replace the changeable details; the decider works out which facts that amounts to.</summary>
public sealed record AmendEntry(Guid EntryId, EntryDetails Details, Change Change) : IEntryCommand;

public sealed record SuspendEntry(Guid EntryId, Change Change) : IEntryCommand;

public sealed record ReinstateEntry(Guid EntryId, Change Change) : IEntryCommand;

/// <param name="FourEyes">On a four-eyes list delisting is a request; the entry stays active until a second admin approves.</param>
public sealed record DelistEntry(Guid EntryId, Change Change, bool FourEyes = false) : IEntryCommand;

/// <summary>A second admin lets the pending listing or delisting through.</summary>
public sealed record ApproveEntry(Guid EntryId, Change Change) : IEntryCommand;

/// <summary>A second admin refuses the pending listing (final) or delisting (the entry stays as it was).</summary>
public sealed record RejectEntry(Guid EntryId, Change Change) : IEntryCommand;

/// <summary>Confirm the entry is still right, and set when it must be reviewed next.</summary>
public sealed record ReviewEntry(Guid EntryId, DateOnly? NextReviewBy, Change Change) : IEntryCommand;
