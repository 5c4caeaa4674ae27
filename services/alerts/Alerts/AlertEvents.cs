using System.Text.Json.Serialization;
using Watchlist.ServiceDefaults.PersonalData;

namespace Watchlist.Alerts.Alerts;

/// <summary>The facts stored in an alert's stream. Each records who did it, for which agency, and when.</summary>
public interface IAlertEvent
{
    Guid AlertId { get; }
    AlertChange Change { get; }
}

/// <summary>
/// The alert's first event. Stored, <paramref name="Facts"/> holds keyed pseudonyms in place of the traveller as screened and a
/// content alert's post, and <paramref name="Sealed"/> holds them in clear, sealed under a data key that retention shreds
/// (<see cref="Retention.AlertPrivacy"/>). Raisings stored before sealing existed have no <paramref name="Sealed"/> and the
/// traveller in clear, until retention masks them in place (<paramref name="Pseudonymised"/>).
/// </summary>
public sealed record AlertRaised(Guid AlertId, AlertFacts Facts, AlertSeverity Severity, HitRecord Hit, DateTimeOffset SlaDeadline,
    AlertChange Change,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SealedData? Sealed = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Pseudonymised = null) : IAlertEvent;

/// <summary>
/// The same traveller hit the same entry again. <paramref name="WhileResolved"/> marks a repeat that false-positive
/// memory counted on a resolved alert without reopening it.
/// </summary>
public sealed record HitRepeated(Guid AlertId, HitRecord Hit, bool WhileResolved, AlertChange Change) : IAlertEvent;

public sealed record AlertAcknowledged(Guid AlertId, AlertChange Change) : IAlertEvent;

public sealed record AlertAssigned(Guid AlertId, string Assignee, AlertChange Change) : IAlertEvent;

/// <summary>Escalated by hand (with a reason) or at the SLA deadline (<paramref name="Automatic"/>); needs acknowledging again by
/// <paramref name="NextDeadline"/>.</summary>
public sealed record AlertEscalated(Guid AlertId, int Level, string Reason, bool Automatic, DateTimeOffset? NextDeadline,
    AlertChange Change) : IAlertEvent;

public sealed record AlertCommented(Guid AlertId, string Text, AlertChange Change) : IAlertEvent;

public sealed record AlertResolved(Guid AlertId, AlertOutcome Outcome, string? Note, AlertChange Change) : IAlertEvent;

public sealed record AlertReopened(Guid AlertId, string Reason, DateTimeOffset SlaDeadline, AlertChange Change) : IAlertEvent;

/// <summary>
/// Stored by alerts raised before audiences existed, when the entry's releasability changed. It no longer decides who sees the
/// alert (the audience does); it is kept so that those streams still read, and records what the entry said.
/// </summary>
public sealed record AlertReleasabilityChanged(Guid AlertId, IReadOnlyList<string> ReleasableTo, AlertChange Change) : IAlertEvent;

/// <summary>
/// The migration fixed who sees an alert stored before audiences existed (<see cref="Migration.AudienceSettlement"/>):
/// <paramref name="Audience"/> (possibly nobody), the agency whose screenings raised it where there was exactly one, the
/// dedup key that agency's later hits use, and why.
/// </summary>
public sealed record AlertAudienceSettled(Guid AlertId, string? ScreeningAgency, AlertAudience Audience, string DedupKey, string Reason,
    AlertChange Change) : IAlertEvent;

/// <summary>
/// Retention (<c>Retention:PersonalDataDays</c>) replaced the traveller as screened, and a content alert's <paramref name="Post"/>,
/// with keyed pseudonyms, by the system actor; what the alert was about, who handled it and how stay. Events stored before posts
/// were pseudonymised have no <paramref name="Post"/> (the post stayed as it was).
/// </summary>
public sealed record AlertTravellerPseudonymised(Guid AlertId, Contracts.Screening.TravellerSnapshot Traveller, AlertChange Change,
    string? Post = null) : IAlertEvent;

/// <summary>
/// An alert stored when dedup keys held the traveller in clear (a document number, a folded name, a post's address) now has
/// its traveller identity and dedup key as keyed pseudonyms (<see cref="Retention.AlertIdentityKeying"/>), which is what every
/// later hit of the traveller computes; by the migration actor.
/// </summary>
public sealed record AlertIdentityKeyed(Guid AlertId, string TravellerIdentity, string DedupKey, AlertChange Change) : IAlertEvent;
