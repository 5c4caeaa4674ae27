using Marten;
using Watchlist.Alerts.Alerts;
using Watchlist.ServiceDefaults.EventStore;

namespace Watchlist.Alerts.Versioning;

/// <summary>
/// Every event the alerts service stores, by stored name and the version of the shape written today (decision 0070).
/// The shapes are guarded by the unit test <c>StoredEventShapeTests</c> against <c>stored-event-shapes.txt</c>.
/// </summary>
public static class AlertStoredEvents
{
    public static readonly IReadOnlyList<StoredEvent> All =
    [
        // v1: facts without screening agency and audience (cc39ad4 added them: v2); v3 added unit and post (content alerts) and
        // pseudonymisedAt (retention). All additions with defaults: a v1 row reads as an alert seen by nobody until the audience
        // migration settles it (AudienceSettlement), which is what that migration is for; no upcaster is needed. v4 added sealed
        // and pseudonymised (decision 0060: facts stored as keyed pseudonyms, the clear ones sealed); a v3 row has neither and
        // holds the traveller and post in clear, which is what the readers and LegacyAlertMasking take an unsealed raising for.
        StoredEvent.Of<AlertRaised>("alert_raised", 4),
        StoredEvent.Of<HitRepeated>("hit_repeated"),
        StoredEvent.Of<AlertAcknowledged>("alert_acknowledged"),
        StoredEvent.Of<AlertAssigned>("alert_assigned"),
        StoredEvent.Of<AlertEscalated>("alert_escalated"),
        StoredEvent.Of<AlertCommented>("alert_commented"),
        StoredEvent.Of<AlertResolved>("alert_resolved"),
        StoredEvent.Of<AlertReopened>("alert_reopened"),
        // Retired: written only before audiences existed, still read (an old stream's history shows it).
        StoredEvent.Of<AlertReleasabilityChanged>("alert_releasability_changed"),
        StoredEvent.Of<AlertAudienceSettled>("alert_audience_settled"),
        // v2 added post (decision 0060: a content alert's post pseudonymised too); a v1 row has none, and the fold keeps the
        // post as it was, which is what a v1 pseudonymisation did.
        StoredEvent.Of<AlertTravellerPseudonymised>("alert_traveller_pseudonymised", 2),
        // Written by the identity keying migration (decision 0060); code before the catalogue stored it under Marten's default
        // name (the class's, snake case), which is the name kept.
        StoredEvent.Of<AlertIdentityKeyed>("alert_identity_keyed"),
    ];

    public static void Configure(StoreOptions options) => StoredEvents.Register(options, All);
}
