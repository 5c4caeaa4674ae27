namespace Watchlist.Contracts.Entries;

/// <summary>Who changed an entry, for which agency, when, why, and under which request.</summary>
public sealed record ChangeContext(string Actor, string? Agency, string? Reason, DateTimeOffset At, string? CorrelationId);
