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
        // migration settles it (AudienceSettlement), which is what that migration is for; no upcaster is needed.
        StoredEvent.Of<AlertRaised>("alert_raised", 3),
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
        StoredEvent.Of<AlertTravellerPseudonymised>("alert_traveller_pseudonymised"),
    ];

    public static void Configure(StoreOptions options) => StoredEvents.Register(options, All);
}
