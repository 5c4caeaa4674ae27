using Watchlist.ServiceDefaults.EventStore;
using Watchlist.ServiceDefaults.Json;
using Watchlist.ServiceDefaults.PersonalData;

namespace Watchlist.Alerts.Alerts;

/// <summary>
/// The alert's rules as pure functions: <see cref="Decide"/> turns a command and the current state into events
/// (or an <see cref="AlertRuleViolation"/>), <see cref="Evolve"/> folds an event into the state. Deadlines come in
/// with the commands, so the rules never read a clock or configuration.
/// </summary>
public static class AlertDecider
{
    public static IReadOnlyList<IAlertEvent> Decide(IAlertCommand command, Alert? state) => (command, state) switch
    {
        (RaiseAlert raise, null) =>
            [new AlertRaised(raise.AlertId, raise.Facts, raise.Severity, raise.Hit, raise.SlaDeadline, raise.Change)],
        (RaiseAlert, _) => throw new AlertRuleViolation("The alert is already raised."),
        (_, null) => throw new AlertNotFound(command.AlertId),
        (RecordHit hit, _) => RecordHit(hit, state),
        (AcknowledgeAlert, { Status: AlertStatus.Acknowledged }) =>
            throw new AlertRuleViolation($"The alert was already acknowledged by {state.AcknowledgedBy}."),
        (AcknowledgeAlert, { Status: AlertStatus.Resolved }) => throw Resolved(state, "acknowledged"),
        (AcknowledgeAlert, _) => [new AlertAcknowledged(command.AlertId, command.Change)],
        (AssignAlert, { Status: AlertStatus.Resolved }) => throw Resolved(state, "assigned"),
        (AssignAlert assign, _) when assign.Assignee == state.Assignee => [],
        (AssignAlert assign, _) => [new AlertAssigned(command.AlertId, assign.Assignee, command.Change)],
        (EscalateAlert, { Status: AlertStatus.Resolved }) => throw Resolved(state, "escalated"),
        (EscalateAlert escalate, _) =>
            [new AlertEscalated(command.AlertId, state.EscalationLevel + 1, escalate.Reason, false, escalate.NextDeadline, command.Change)],
        (EscalateOverdueAlert overdue, _) => EscalateOverdue(overdue, state),
        (CommentOnAlert comment, _) => [new AlertCommented(command.AlertId, comment.Text, command.Change)],
        (ResolveAlert, { Status: AlertStatus.Resolved }) =>
            throw new AlertRuleViolation($"The alert is already resolved ({ApiNames.Of(state.Outcome!.Value)} by {state.ResolvedBy}); " +
                "reopen it first."),
        (ResolveAlert resolve, _) => [new AlertResolved(command.AlertId, resolve.Outcome, resolve.Note, command.Change)],
        (ReopenAlert reopen, { Status: AlertStatus.Resolved }) =>
            [new AlertReopened(command.AlertId, reopen.Reason, reopen.SlaDeadline, command.Change)],
        (ReopenAlert, _) => throw new AlertRuleViolation("Only a resolved alert can be reopened; this one is " +
            $"{ApiNames.Of(state.Status)}."),
        // An audience is settled once: the migration may run again (or on two replicas at once) and changes nothing then.
        (SettleAlertAudience, { Facts.Audience: not null }) => [],
        (SettleAlertAudience s, _) =>
            [new AlertAudienceSettled(command.AlertId, s.ScreeningAgency, s.Audience, s.DedupKey, s.Reason, command.Change)],
        // Once, unless an alert pseudonymised before posts were still shows its post in clear.
        (PseudonymiseTraveller, { Facts.PseudonymisedAt: not null }) when !HasClearPost(state) => [],
        (PseudonymiseTraveller p, _) => [new AlertTravellerPseudonymised(command.AlertId, p.Pseudonyms, command.Change, p.Post)],
        (KeyIdentity k, _) when k.TravellerIdentity == state.Facts.TravellerIdentity && k.DedupKey == state.Facts.DedupKey => [],
        (KeyIdentity k, _) => [new AlertIdentityKeyed(command.AlertId, k.TravellerIdentity, k.DedupKey, command.Change)],
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown alert command."),
    };

    public static bool HasClearPost(Alert state) => state.Facts.Post is { } post && !Pseudonyms.IsPseudonym(post);

    /// <summary>
    /// A screening already counted (a redelivery, or a retro re-check of it) changes nothing: known from its record, or from the
    /// screenings the state keeps (a view stored before the records holds all of them).
    /// </summary>
    private static IReadOnlyList<IAlertEvent> RecordHit(RecordHit hit, Alert state)
    {
        if (hit.Counted || state.ScreeningIds.Contains(hit.Hit.ScreeningId)) return [];
        if (state.Status == AlertStatus.Resolved && !hit.WhileResolved)
            throw new AlertRuleViolation("A resolved alert takes repeated hits only from false-positive memory; " +
                "a new hit opens a new alert.");
        return [new HitRepeated(hit.AlertId, hit.Hit, state.Status == AlertStatus.Resolved, hit.Change)];
    }

    /// <summary>Nothing to do unless the deadline has really passed unacknowledged: the sweeper may have read an old view.</summary>
    private static IReadOnlyList<IAlertEvent> EscalateOverdue(EscalateOverdueAlert overdue, Alert state)
    {
        if (!state.IsUnacknowledged || state.SlaDeadline is not { } deadline || deadline > overdue.Change.At) return [];
        var level = state.EscalationLevel + 1;
        var next = level >= overdue.MaxLevel ? null : overdue.NextDeadline;
        return [new AlertEscalated(overdue.AlertId, level, $"Not acknowledged by the SLA deadline {deadline:O}.", true, next,
            overdue.Change)];
    }

    private static AlertRuleViolation Resolved(Alert state, string verb) =>
        new($"A resolved alert cannot be {verb}; it was resolved as {ApiNames.Of(state.Outcome!.Value)} by {state.ResolvedBy}. " +
            "Reopen it first.");

    public static Alert? Evolve(Alert? state, IAlertEvent @event)
    {
        if (@event is AlertRaised raised)
            return new Alert(raised.AlertId, raised.Severity, raised.Facts, raised.Change.At)
            {
                ScreeningIds = [raised.Hit.ScreeningId], HitCount = 1, LastHitAt = raised.Hit.ScreenedAt, SlaDeadline = raised.SlaDeadline,
                ChangedAt = raised.Change.At, ScreeningsRecorded = true,
            };
        if (state is null) return null;
        // A view stored with every screening shrinks to the kept ones on its next change, whatever the change.
        var next = state with { Version = state.Version + 1, ChangedAt = @event.Change.At, ScreeningIds = Alert.Kept(state.ScreeningIds) };
        return @event switch
        {
            HitRepeated repeated => next with
            {
                ScreeningIds = Alert.Kept([.. next.ScreeningIds, repeated.Hit.ScreeningId]),
                HitCount = state.HitCount + 1,
                LastHitAt = repeated.Hit.ScreenedAt > state.LastHitAt ? repeated.Hit.ScreenedAt : state.LastHitAt,
                RepeatsWhileResolved = state.RepeatsWhileResolved + (repeated.WhileResolved ? 1 : 0),
                // The entry's releasability as of its latest hit, for display; who sees the alert is its audience, fixed at raising.
                Facts = state.Facts with { ReleasableTo = repeated.Hit.ReleasableTo },
            },
            AlertAcknowledged => next with
            {
                Status = AlertStatus.Acknowledged,
                AcknowledgedBy = @event.Change.Actor,
                AcknowledgedAt = @event.Change.At,
                SlaDeadline = null,
            },
            AlertAssigned assigned => next with { Assignee = assigned.Assignee },
            AlertEscalated escalated => next with
            {
                Status = AlertStatus.Escalated,
                EscalationLevel = escalated.Level,
                SlaDeadline = escalated.NextDeadline,
            },
            AlertReleasabilityChanged released => next with { Facts = state.Facts with { ReleasableTo = released.ReleasableTo } },
            AlertTravellerPseudonymised p => next with
            {
                Facts = state.Facts with { Traveller = p.Traveller, Post = p.Post ?? state.Facts.Post, PseudonymisedAt = p.Change.At },
            },
            AlertIdentityKeyed k => next with
            {
                Facts = state.Facts with { TravellerIdentity = k.TravellerIdentity, DedupKey = k.DedupKey },
            },
            AlertAudienceSettled settled => next with
            {
                Facts = state.Facts with
                {
                    ScreeningAgency = settled.ScreeningAgency,
                    Audience = settled.Audience,
                    DedupKey = settled.DedupKey
                },
            },
            AlertCommented => next with { Comments = state.Comments + 1 },
            AlertResolved resolved => next with
            {
                Status = AlertStatus.Resolved,
                Outcome = resolved.Outcome,
                ResolutionNote = resolved.Note,
                ResolvedBy = resolved.Change.Actor,
                ResolvedAt = resolved.Change.At,
                SlaDeadline = null,
            },
            AlertReopened reopened => next with
            {
                Status = AlertStatus.Open,
                Outcome = null,
                ResolutionNote = null,
                ResolvedBy = null,
                ResolvedAt = null,
                AcknowledgedBy = null,
                AcknowledgedAt = null,
                EscalationLevel = 0,
                SlaDeadline = reopened.SlaDeadline,
            },
            _ => next,
        };
    }

    public static Alert? Fold(IEnumerable<IAlertEvent> events) => events.Aggregate((Alert?)null, Evolve);

    public static Alert? Fold(Alert? state, IEnumerable<IAlertEvent> events) => events.Aggregate(state, Evolve);
}

/// <summary>A command the alert's current state does not allow; the API answers 409 with the message.</summary>
public sealed class AlertRuleViolation(string message) : RuleViolation(message);

public sealed class AlertNotFound(Guid id) : Exception($"No alert {id}.");
