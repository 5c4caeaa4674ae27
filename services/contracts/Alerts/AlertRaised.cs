namespace Watchlist.Contracts.Alerts;

/// <summary>
/// A new alert is open. Carries what a command centre needs to route it (border post, severity, lists,
/// category, action) and to restrict it (<paramref name="Audience"/>), so that no consumer calls back.
/// Enumerations travel as their API names. <paramref name="Kind"/> is always RAISED; <paramref name="ChangeType"/> RAISED.
/// A content alert has an empty <paramref name="BorderPost"/> and the screening <paramref name="Unit"/> instead.
/// <paramref name="ReleasableTo"/> is the entry's as of the hit, for display only: who sees the alert is <paramref name="Audience"/>
/// alone, and a message without one (published before audiences existed) is seen by nobody.
/// </summary>
public sealed record AlertRaised(
    Guid AlertId, int AlertVersion, string Status, string Severity, int EscalationLevel, string BorderPost,
    Guid EntryId, string EntryName, string Action, IReadOnlyList<string> Lists, string Category,
    IReadOnlyList<string> ReleasableTo, string OwnerAgency, bool Retro, DateTimeOffset At, string Kind, string ChangeType,
    AlertAudience? Audience, string? Unit = null);
