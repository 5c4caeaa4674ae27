namespace Watchlist.WatchlistService.Entries;

/// <summary>Who made a change, for which agency, when, why, and under which request.</summary>
public sealed record Change(string Actor, string? Agency, string? Reason, DateTimeOffset At, string? CorrelationId);
