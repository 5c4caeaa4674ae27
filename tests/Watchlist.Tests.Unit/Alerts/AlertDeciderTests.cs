using Watchlist.Alerts.Alerts;
using Watchlist.Contracts.Screening;

namespace Watchlist.Tests.Unit.Alerts;

public sealed class AlertDeciderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Id = Guid.NewGuid();

    private static AlertChange By(string actor, int minutes = 0) => new(actor, "VN-MPS", T0.AddMinutes(minutes), "corr");

    private static readonly TravellerSnapshot Traveller = new(["NGUYEN VAN HUNG"], "1980-05-12", "MALE", "VN",
        [new TravellerDocument("PASSPORT", "C1234567", "VN")], []);

    private static readonly AlertFacts Facts = new(
        "key", "doc:C1234567:VN", Guid.NewGuid(), 1, "Nguyễn Văn Hùng", "Nguyễn Văn Hùng", "ARREST",
        "HUMAN_TRAFFICKING", ["trafficking-suspects"], "VN-TSN", Traveller, 0.97, "MATCH", "KH-GDI", ["KH-GDI", "VN-MPS", "TH-RTP"], false,
        "VN-MPS", Contracts.Alerts.AlertAudience.Of("KH-GDI", "VN-MPS"));

    private static HitRecord Hit(Guid? screening = null, string[]? releasableTo = null) =>
        new(screening ?? Guid.NewGuid(), T0, 1, 0.97, "MATCH", releasableTo ?? ["VN-MPS"], false);

    private static Alert Raised() =>
        AlertDecider.Fold(AlertDecider.Decide(
            new RaiseAlert(Id, Facts, AlertSeverity.Critical, Hit(), T0.AddMinutes(1), By("officer")), null))!;

    private static Alert Apply(Alert state, IAlertCommand command) => AlertDecider.Fold(state, AlertDecider.Decide(command, state))!;

    [Fact]
    public void A_raised_alert_is_open_at_version_one_with_one_hit_and_its_deadline()
    {
        var alert = Raised();
        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.Equal(1, alert.Version);
        Assert.Equal(1, alert.HitCount);
        Assert.Equal(T0.AddMinutes(1), alert.SlaDeadline);
        Assert.True(alert.IsUnacknowledged);
    }

    [Fact]
    public void Raising_an_alert_twice_is_refused()
    {
        Assert.Throws<AlertRuleViolation>(() =>
            AlertDecider.Decide(new RaiseAlert(Id, Facts, AlertSeverity.Critical, Hit(), T0, By("x")), Raised()));
    }

    [Fact]
    public void A_repeated_hit_raises_the_count_and_is_ignored_when_the_screening_was_counted_already()
    {
        var screening = Guid.NewGuid();
        var alert = Apply(Raised(), new RecordHit(Id, Hit(screening), false, false, By("officer", 1)));
        Assert.Equal(2, alert.HitCount);
        Assert.Contains(screening, alert.ScreeningIds);
        Assert.Empty(AlertDecider.Decide(new RecordHit(Id, Hit(screening), false, false, By("officer", 2)), alert));
    }

    [Fact]
    public void Repeats_beyond_the_bound_keep_the_raising_screening_and_the_latest_ones_and_count_every_hit()
    {
        var raised = Raised();
        var alert = raised;
        var repeats = Enumerable.Range(0, 3 * Alert.KeptScreenings).Select(_ => Guid.NewGuid()).ToList();
        foreach (var (screening, i) in repeats.Select((s, i) => (s, i)))
            alert = Apply(alert, new RecordHit(Id, Hit(screening), false, false, By("officer", i + 1)));
        Assert.Equal(1 + repeats.Count, alert.HitCount);
        Assert.Equal(1 + repeats.Count, alert.Version);
        Assert.Equal([raised.ScreeningIds[0], .. repeats.TakeLast(Alert.KeptScreenings - 1)], alert.ScreeningIds);
    }

    [Fact]
    public void A_screening_the_infrastructure_says_was_counted_changes_nothing_though_the_state_no_longer_lists_it()
    {
        var first = Guid.NewGuid();
        var alert = Apply(Raised(), new RecordHit(Id, Hit(first), false, false, By("officer", 1)));
        for (var i = 0; i < Alert.KeptScreenings; i++)
            alert = Apply(alert, new RecordHit(Id, Hit(), false, false, By("officer", i + 2)));
        Assert.DoesNotContain(first, alert.ScreeningIds);
        Assert.Empty(AlertDecider.Decide(new RecordHit(Id, Hit(first), false, true, By("officer", 30)), alert));
        // Told it is new, the decider counts it: the record, not the bounded list, is what dedup rests on.
        Assert.Single(AlertDecider.Decide(new RecordHit(Id, Hit(first), false, false, By("officer", 30)), alert));
    }

    [Fact]
    public void A_counted_screening_on_a_resolved_alert_is_a_redelivery_not_a_refused_new_hit()
    {
        var resolved = Apply(Raised(), new ResolveAlert(Id, AlertOutcome.ConfirmedMatch, null, By("cc-1", 2)));
        Assert.Empty(AlertDecider.Decide(new RecordHit(Id, Hit(), false, true, By("officer", 3)), resolved));
    }

    [Fact]
    public void A_state_stored_with_every_screening_shrinks_to_the_kept_ones_on_its_next_change_of_any_kind()
    {
        var raised = Raised();
        var all = new List<Guid> { raised.ScreeningIds[0] };
        all.AddRange(Enumerable.Range(0, 100).Select(_ => Guid.NewGuid()));
        var old = raised with { ScreeningIds = all, HitCount = all.Count, ScreeningsRecorded = false };
        var acknowledged = Apply(old, new AcknowledgeAlert(Id, By("cc-1", 5)));
        Assert.Equal([all[0], .. all.TakeLast(Alert.KeptScreenings - 1)], acknowledged.ScreeningIds);
        Assert.Equal(all.Count, acknowledged.HitCount);
        Assert.False(acknowledged.ScreeningsRecorded); // the fold does not record them; the append does (AlertStreams)
        Assert.Empty(AlertDecider.Decide(new RecordHit(Id, Hit(all[1]), false, false, By("officer", 6)), old));
    }

    [Fact]
    public void A_repeated_hit_records_the_entrys_newer_releasability_but_shows_the_alert_to_no_one_new()
    {
        var alert = Apply(Raised(), new RecordHit(Id, Hit(releasableTo: ["*"]), false, false, By("officer", 1)));
        Assert.Equal(["*"], alert.Facts.ReleasableTo);
        Assert.False(alert.IsVisibleTo("TH-RTP"));
        Assert.Equal(["KH-GDI", "VN-MPS"], alert.Audience.Agencies);
    }

    [Fact]
    public void Acknowledging_stops_the_clock_and_a_second_acknowledgement_is_refused_naming_who()
    {
        var alert = Apply(Raised(), new AcknowledgeAlert(Id, By("cc-1")));
        Assert.Equal(AlertStatus.Acknowledged, alert.Status);
        Assert.Equal("cc-1", alert.AcknowledgedBy);
        Assert.Null(alert.SlaDeadline);
        var refused = Assert.Throws<AlertRuleViolation>(() => AlertDecider.Decide(new AcknowledgeAlert(Id, By("cc-2")), alert));
        Assert.Contains("cc-1", refused.Message);
    }

    [Fact]
    public void An_overdue_alert_escalates_one_level_with_a_new_deadline_and_not_before_its_deadline()
    {
        var alert = Raised();
        Assert.Empty(AlertDecider.Decide(
            new EscalateOverdueAlert(Id, 3, T0.AddMinutes(2), new AlertChange(AlertChange.SlaActor, null, T0.AddSeconds(30), null)),
            alert));

        var escalated = Apply(alert,
            new EscalateOverdueAlert(Id, 3, T0.AddMinutes(3), new AlertChange(AlertChange.SlaActor, null, T0.AddMinutes(2), null)));
        Assert.Equal(AlertStatus.Escalated, escalated.Status);
        Assert.Equal(1, escalated.EscalationLevel);
        Assert.Equal(T0.AddMinutes(3), escalated.SlaDeadline);
    }

    [Fact]
    public void Automatic_escalation_stops_at_the_highest_level()
    {
        var alert = Raised();
        for (var i = 1; i <= 2; i++)
            alert = Apply(alert, new EscalateOverdueAlert(
                Id, 2, T0.AddMinutes(10 * i + 5), new AlertChange(AlertChange.SlaActor, null, T0.AddMinutes(10 * i), null)));
        Assert.Equal(2, alert.EscalationLevel);
        Assert.Null(alert.SlaDeadline);
    }

    [Fact]
    public void An_acknowledged_alert_is_not_escalated_automatically_but_can_be_by_hand()
    {
        var acknowledged = Apply(Raised(), new AcknowledgeAlert(Id, By("cc-1")));
        Assert.Empty(AlertDecider.Decide(
            new EscalateOverdueAlert(Id, 3, T0.AddHours(1), new AlertChange(AlertChange.SlaActor, null, T0.AddHours(1), null)),
            acknowledged));
        var escalated = Apply(acknowledged, new EscalateAlert(Id, "needs the duty officer", T0.AddMinutes(5), By("cc-1", 1)));
        Assert.Equal(AlertStatus.Escalated, escalated.Status);
        Assert.Equal(1, escalated.EscalationLevel);
    }

    [Fact]
    public void Resolving_records_the_outcome_and_a_resolved_alert_refuses_work_until_reopened()
    {
        var resolved = Apply(Raised(), new ResolveAlert(Id, AlertOutcome.FalsePositive, "different person", By("cc-1")));
        Assert.Equal(AlertStatus.Resolved, resolved.Status);
        Assert.Equal(AlertOutcome.FalsePositive, resolved.Outcome);
        Assert.Equal("cc-1", resolved.ResolvedBy);
        Assert.Throws<AlertRuleViolation>(() => AlertDecider.Decide(new AcknowledgeAlert(Id, By("cc-2")), resolved));
        Assert.Throws<AlertRuleViolation>(() =>
            AlertDecider.Decide(new ResolveAlert(Id, AlertOutcome.NoAction, null, By("cc-2")), resolved));
        Assert.Throws<AlertRuleViolation>(() => AlertDecider.Decide(new AssignAlert(Id, "cc-9", By("cc-2")), resolved));
        Assert.Throws<AlertRuleViolation>(() => AlertDecider.Decide(new RecordHit(Id, Hit(), false, false, By("officer")), resolved));

        var reopened = Apply(resolved, new ReopenAlert(Id, "new intelligence", T0.AddMinutes(9), By("cc-2", 5)));
        Assert.Equal(AlertStatus.Open, reopened.Status);
        Assert.Null(reopened.Outcome);
        Assert.Equal(T0.AddMinutes(9), reopened.SlaDeadline);
    }

    [Fact]
    public void Only_a_resolved_alert_can_be_reopened()
    {
        Assert.Throws<AlertRuleViolation>(() => AlertDecider.Decide(new ReopenAlert(Id, "why", T0, By("cc")), Raised()));
    }

    [Fact]
    public void False_positive_memory_counts_a_hit_on_a_resolved_alert_without_reopening_it()
    {
        var resolved = Apply(Raised(), new ResolveAlert(Id, AlertOutcome.FalsePositive, null, By("cc-1")));
        var counted = Apply(resolved, new RecordHit(Id, Hit(), true, false, By("officer", 3)));
        Assert.Equal(AlertStatus.Resolved, counted.Status);
        Assert.Equal(2, counted.HitCount);
        Assert.Equal(1, counted.RepeatsWhileResolved);
    }

    [Fact]
    public void An_alert_is_seen_by_the_entrys_owner_and_the_screening_agency_alone_whatever_the_entrys_releasability_says()
    {
        var alert = Raised();
        Assert.True(alert.IsVisibleTo("KH-GDI"));
        Assert.True(alert.IsVisibleTo("VN-MPS"));
        Assert.False(alert.IsVisibleTo("TH-RTP")); // released the entry, but did not screen
        Assert.False(alert.IsVisibleTo(null));
        var repeated = Apply(alert, new RecordHit(Id, Hit(releasableTo: ["KH-GDI"]), false, false, By("officer", 2)));
        Assert.True(repeated.IsVisibleTo("VN-MPS")); // a narrower entry later takes nothing from the screening agency
    }

    [Fact]
    public void An_alert_stored_before_audiences_is_seen_by_nobody_until_settled_and_is_settled_once()
    {
        var old = Raised() with { Facts = Facts with { ScreeningAgency = null, Audience = null } };
        Assert.False(old.IsVisibleTo("KH-GDI"));
        var settle = new SettleAlertAudience(
            Id, "VN-MPS", Contracts.Alerts.AlertAudience.Of("KH-GDI", "VN-MPS"), "new-key", "why", By("system"));
        var settled = Apply(old, settle);
        Assert.True(settled.IsVisibleTo("VN-MPS"));
        Assert.Equal("new-key", settled.Facts.DedupKey);
        Assert.Equal(old.Version + 1, settled.Version);
        Assert.Empty(AlertDecider.Decide(settle with { Audience = Contracts.Alerts.AlertAudience.Nobody }, settled));
    }

    [Fact]
    public void Assigning_the_same_person_again_changes_nothing()
    {
        var assigned = Apply(Raised(), new AssignAlert(Id, "cc-7", By("cc-1")));
        Assert.Equal("cc-7", assigned.Assignee);
        Assert.Empty(AlertDecider.Decide(new AssignAlert(Id, "cc-7", By("cc-1")), assigned));
    }

    [Fact]
    public void Every_event_records_its_actor_and_agency()
    {
        var events = AlertDecider.Decide(new CommentOnAlert(Id, "called the post", By("cc-3")), Raised());
        var comment = Assert.IsType<AlertCommented>(Assert.Single(events));
        Assert.Equal("cc-3", comment.Change.Actor);
        Assert.Equal("VN-MPS", comment.Change.Agency);
    }

    [Fact]
    public void A_stream_start_collision_is_not_mistaken_for_a_redelivered_message()
    {
        // HandleOnceAsync treats DocumentAlreadyExistsException as "handled already"; a lost dedup race must be retried instead.
        Assert.False(typeof(Marten.Exceptions.ExistingStreamIdCollisionException)
            .IsAssignableTo(typeof(JasperFx.DocumentAlreadyExistsException)));
    }
}
