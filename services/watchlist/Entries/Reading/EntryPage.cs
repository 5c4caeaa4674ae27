namespace Watchlist.WatchlistService.Entries.Reading;

public sealed record EntryPage(IReadOnlyList<EntryResponse> Items, string? NextCursor);
