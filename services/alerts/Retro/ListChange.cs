using Watchlist.Contracts.Entries;

namespace Watchlist.Alerts.Retro;

/// <summary>One entry change to re-screen the window for: the entry as changed, and the list position of the change.</summary>
public sealed record ListChange(EntrySnapshot Entry, long ListPosition, string? CorrelationId);
