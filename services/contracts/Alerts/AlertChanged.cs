namespace Watchlist.Contracts.Alerts;

/// <summary>
/// An alert changed: acknowledged, assigned, escalated (by hand or at its SLA deadline), commented, resolved,
/// reopened, or a hit repeated. The fields are the alert as it stood right after the change;
/// <paramref name="Kind"/> is always CHANGED and <paramref name="ChangeType"/> names the change
/// (ACKNOWLEDGED, ASSIGNED, ESCALATED, COMMENTED, RESOLVED, REOPENED, HIT_REPEATED).
/// </summary>
public sealed record AlertChanged(
    Guid AlertId, int AlertVersion, string Status, string Severity, int EscalationLevel, string BorderPost,
    Guid EntryId, string EntryName, string Action, IReadOnlyList<string> Lists, string Category,
    IReadOnlyList<string> ReleasableTo, string OwnerAgency, bool Retro, DateTimeOffset At, string Kind, string ChangeType);
