namespace Watchlist.Contracts.Entries;

/// <summary>An entry was taken off the watchlist; it must no longer hit.</summary>
public sealed record EntryDelisted(EntrySnapshot Entry, ChangeContext Change);
