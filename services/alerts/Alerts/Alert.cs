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

    /// <summary>
    /// The raising screening and the latest ones counted, at most <see cref="KeptScreenings"/> (<see cref="HitCount"/> is the
    /// true total): a board row that stays the same size however often a traveller repeats. Which screenings counted is the
    /// stream's <see cref="HitRepeated"/> events, and what dedup asks is a <see cref="CountedScreening"/> each (decision 0092).
    /// Views stored before the bound hold every screening until their next change.
    /// </summary>
    public IReadOnlyList<Guid> ScreeningIds { get; init; } = [];

    /// <summary>
    /// Every screening this alert counted has its <see cref="CountedScreening"/>. False only in a view stored before those
    /// records existed, whose <see cref="ScreeningIds"/> then still hold every screening: its next change records them.
    /// </summary>
    public bool ScreeningsRecorded { get; init; }

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

    /// <summary>How many screening ids the state and the board row keep: the raising one and the latest 19.</summary>
    public const int KeptScreenings = 20;

    /// <summary>The raising screening and the latest ones, at most <see cref="KeptScreenings"/>, in the order they counted.</summary>
    public static IReadOnlyList<Guid> Kept(IReadOnlyList<Guid> ids) =>
        ids.Count <= KeptScreenings ? ids : [ids[0], .. ids.Skip(ids.Count - (KeptScreenings - 1))];
}
