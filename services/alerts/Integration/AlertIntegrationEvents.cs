using JasperFx.Events;
using Marten;
using Watchlist.Alerts.Alerts;
using Watchlist.Alerts.Alerts.Reading;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.ServiceDefaults.Json;
using Contract = Watchlist.Contracts.Alerts;

namespace Watchlist.Alerts.Integration;

/// <summary>
/// Every alert event leaves the service as AlertRaised or AlertChanged, carrying the alert as it stood right after that
/// event (not as it stands when the forwarder gets to it), so consumers can apply them in order. Each carries the alert's
/// audience, the only thing a consumer may use to decide who sees it.
/// </summary>
public sealed class AlertIntegrationEvents : IIntegrationEventMap
{
    public async ValueTask<IReadOnlyList<object>> ToIntegrationEventsAsync(IEvent stored, IQuerySession session, CancellationToken ct)
    {
        if (stored.Data is not IAlertEvent e) return [];
        var alert = e is Alerts.AlertRaised
            ? AlertDecider.Evolve(null, e)!
            : AlertDecider.Fold((await session.Events.FetchStreamAsync(stored.StreamId, version: stored.Version, token: ct)).Select(x => x.Data).OfType<IAlertEvent>())!;
        var f = alert.Facts;
        var type = AlertHistoryEndpoint.TypeOf(e);
        return e is Alerts.AlertRaised
            ? [new Contract.AlertRaised(alert.Id, alert.Version, ApiNames.Of(alert.Status), ApiNames.Of(alert.Severity), alert.EscalationLevel,
                f.BorderPost, f.EntryId, f.EntryName, f.Action, f.Lists, f.Category, f.ReleasableTo, f.OwnerAgency, f.Retro, e.Change.At, "RAISED", type,
                alert.Audience)]
            : [new Contract.AlertChanged(alert.Id, alert.Version, ApiNames.Of(alert.Status), ApiNames.Of(alert.Severity), alert.EscalationLevel,
                f.BorderPost, f.EntryId, f.EntryName, f.Action, f.Lists, f.Category, f.ReleasableTo, f.OwnerAgency, f.Retro, e.Change.At, "CHANGED", type,
                alert.Audience)];
    }
}
