namespace Watchlist.Alerts.Alerts;

public interface IAlertCommand
{
    Guid AlertId { get; }
    AlertChange Change { get; }
}

public sealed record RaiseAlert(Guid AlertId, AlertFacts Facts, AlertSeverity Severity, HitRecord Hit, DateTimeOffset SlaDeadline,
    AlertChange Change) : IAlertCommand;

/// <summary>
/// A repeat hit; <paramref name="WhileResolved"/> is false-positive memory counting it on a resolved alert, and
/// <paramref name="Counted"/> says the alert has a <see cref="CountedScreening"/> for the hit's screening already (the state
/// keeps only the latest screenings, so the record is what tells a redelivery or a retro re-check of an old one).
/// </summary>
public sealed record RecordHit(Guid AlertId, HitRecord Hit, bool WhileResolved, bool Counted, AlertChange Change) : IAlertCommand;

public sealed record AcknowledgeAlert(Guid AlertId, AlertChange Change) : IAlertCommand;

public sealed record AssignAlert(Guid AlertId, string Assignee, AlertChange Change) : IAlertCommand;

public sealed record EscalateAlert(Guid AlertId, string Reason, DateTimeOffset NextDeadline, AlertChange Change) : IAlertCommand;

/// <summary>
/// The SLA sweeper's escalation of an alert whose deadline has passed unacknowledged. <paramref name="NextDeadline"/> is
/// null once <paramref name="MaxLevel"/> is reached, which ends automatic escalation.
/// </summary>
public sealed record EscalateOverdueAlert(Guid AlertId, int MaxLevel, DateTimeOffset? NextDeadline, AlertChange Change) : IAlertCommand;

public sealed record CommentOnAlert(Guid AlertId, string Text, AlertChange Change) : IAlertCommand;

public sealed record ResolveAlert(Guid AlertId, AlertOutcome Outcome, string? Note, AlertChange Change) : IAlertCommand;

public sealed record ReopenAlert(Guid AlertId, string Reason, DateTimeOffset SlaDeadline, AlertChange Change) : IAlertCommand;

public sealed record SettleAlertAudience(Guid AlertId, string? ScreeningAgency, AlertAudience Audience, string DedupKey, string Reason,
    AlertChange Change) : IAlertCommand;

/// <summary>Retention's pseudonymisation of the traveller as screened and of a content alert's post; an alert already
/// pseudonymised stays as it is.</summary>
public sealed record PseudonymiseTraveller(Guid AlertId, Contracts.Screening.TravellerSnapshot Pseudonyms, string? Post, AlertChange Change)
    : IAlertCommand;

/// <summary>The migration of an alert whose dedup key holds the traveller in clear to the keyed identity and key.</summary>
public sealed record KeyIdentity(Guid AlertId, string TravellerIdentity, string DedupKey, AlertChange Change) : IAlertCommand;
