namespace Watchlist.Contracts.Alerts;

/// <summary>
/// An alert changed: acknowledged, assigned, escalated (by hand or at its SLA deadline), commented, resolved,
/// reopened, or a hit repeated. The fields are the alert as it stood right after the change;
/// <paramref name="Kind"/> is always CHANGED and <paramref name="ChangeType"/> names the change
/// (ACKNOWLEDGED, ASSIGNED, ESCALATED, COMMENTED, RESOLVED, REOPENED, HIT_REPEATED, and AUDIENCE_SETTLED when the
/// migration fixed the audience of an alert stored before audiences existed: consumers then withdraw what others hold of it).
/// A content alert has an empty <paramref name="BorderPost"/> and the screening <paramref name="Unit"/> instead.
/// Who may see it is <paramref name="Audience"/> alone; a message without one is seen by nobody.
/// </summary>
public sealed record AlertChanged(
    Guid AlertId, int AlertVersion, string Status, string Severity, int EscalationLevel, string BorderPost,
    Guid EntryId, string EntryName, string Action, IReadOnlyList<string> Lists, string Category,
    IReadOnlyList<string> ReleasableTo, string OwnerAgency, bool Retro, DateTimeOffset At, string Kind, string ChangeType,
    AlertAudience? Audience, string? Unit = null);
