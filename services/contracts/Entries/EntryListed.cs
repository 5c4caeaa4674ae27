namespace Watchlist.Contracts.Entries;

/// <summary>A new entry is on the watchlist.</summary>
public sealed record EntryListed(EntrySnapshot Entry, ChangeContext Change);
