namespace Watchlist.WatchlistService.Entries.Lifecycle;

public sealed record ReasonRequest(string? Reason);
