namespace Watchlist.Alerts.Alerts;

/// <summary>
/// An alert's state, folded from its events by <see cref="AlertDecider.Evolve"/>. What it was raised with is positional;
/// where it stands in its handling starts at "open, nothing done yet" and changes with <c>with</c> expressions.
/// </summary>
public sealed record Alert(Guid Id, AlertSeverity Severity, AlertFacts Facts, DateTimeOffset RaisedAt)
{
    public int Version { get; init; } = 1;
    public AlertStatus Status { get; init; } = AlertStatus.Open;
    public int EscalationLevel { get; init; }
    public IReadOnlyList<Guid> ScreeningIds { get; init; } = [];
    public int HitCount { get; init; }
    public DateTimeOffset LastHitAt { get; init; }
    public DateTimeOffset? SlaDeadline { get; init; }
    public string? AcknowledgedBy { get; init; }
    public DateTimeOffset? AcknowledgedAt { get; init; }
    public string? Assignee { get; init; }
    public AlertOutcome? Outcome { get; init; }
    public string? ResolutionNote { get; init; }
    public string? ResolvedBy { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public int RepeatsWhileResolved { get; init; }
    public int Comments { get; init; }
    public DateTimeOffset ChangedAt { get; init; }

    /// <summary>The entry's owner and the screening agency; nobody while the alert's audience is not settled.</summary>
    public AlertAudience Audience => Facts.Audience ?? AlertAudience.Nobody;

    public bool IsVisibleTo(string? agency) => Audience.Includes(agency);

    /// <summary>Waiting for someone to acknowledge it: the SLA clock runs.</summary>
    public bool IsUnacknowledged => Status is AlertStatus.Open or AlertStatus.Escalated;
}
