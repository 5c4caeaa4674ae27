namespace Watchlist.Contracts.Entries;

/// <summary>Who changed an entry, for which agency, when, why, and under which request.</summary>
/// <param name="ListPosition">The change's own position in the list's history (its global event sequence): a screening
/// answered at a lower position did not see this change.</param>
public sealed record ChangeContext(string Actor, string? Agency, string? Reason, DateTimeOffset At, string? CorrelationId,
    long ListPosition = 0);
