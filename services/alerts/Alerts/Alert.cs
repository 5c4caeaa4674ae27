namespace Watchlist.Alerts.Alerts;

/// <summary>An alert's state, folded from its events by <see cref="AlertDecider.Evolve"/>.</summary>
public sealed record Alert(
    Guid Id,
    int Version,
    AlertStatus Status,
    AlertSeverity Severity,
    int EscalationLevel,
    AlertFacts Facts,
    IReadOnlyList<Guid> ScreeningIds,
    int HitCount,
    DateTimeOffset RaisedAt,
    DateTimeOffset LastHitAt,
    DateTimeOffset? SlaDeadline,
    string? AcknowledgedBy,
    DateTimeOffset? AcknowledgedAt,
    string? Assignee,
    AlertOutcome? Outcome,
    string? ResolutionNote,
    string? ResolvedBy,
    DateTimeOffset? ResolvedAt,
    int RepeatsWhileResolved,
    int Comments,
    DateTimeOffset ChangedAt)
{
    /// <summary>The entry's owner and the screening agency; nobody while the alert's audience is not settled.</summary>
    public AlertAudience Audience => Facts.Audience ?? AlertAudience.Nobody;

    public bool IsVisibleTo(string? agency) => Audience.Includes(agency);

    /// <summary>Waiting for someone to acknowledge it: the SLA clock runs.</summary>
    public bool IsUnacknowledged => Status is AlertStatus.Open or AlertStatus.Escalated;
}
