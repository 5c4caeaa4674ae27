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
/// audience, the only thing a consumer may use to decide who sees it. The states of a whole batch come from
/// <see cref="StreamStates{TState}"/>: at most one read per batch, none when the forwarder's last page ended where this one starts.
/// </summary>
public sealed class AlertIntegrationEvents(ForwarderSettings settings) : IIntegrationEventMap
{
    private readonly StreamStates<Alert> _alerts =
        settings.StatesOf<Alert>((alert, data) => data is IAlertEvent e ? AlertDecider.Evolve(alert, e) : alert);

    public async Task<IReadOnlyList<IReadOnlyList<object>>> ToIntegrationEventsAsync(IReadOnlyList<IEvent> stored, IQuerySession session,
        CancellationToken ct)
    {
        var alertEvents = stored.Where(s => s.Data is IAlertEvent).ToList();
        var after = alertEvents.Count == 0 ? null : await _alerts.AfterEachAsync(alertEvents, session, ct);
        // Pseudonymising an old alert's traveller, or keying its identity, is no news for a command centre (the messages carry no
        // traveller anyway).
        return stored.Select(s => s.Data is IAlertEvent e and not (Alerts.AlertTravellerPseudonymised or Alerts.AlertIdentityKeyed)
                && after![s.Id] is { } alert
                ? [Message(e, alert)] : (IReadOnlyList<object>)[])
            .ToList();
    }

    private static object Message(IAlertEvent e, Alert alert)
    {
        var f = alert.Facts;
        var type = AlertHistoryEndpoint.TypeOf(e);
        var (status, severity) = (ApiNames.Of(alert.Status), ApiNames.Of(alert.Severity));
        return e is Alerts.AlertRaised
            ? new Contract.AlertRaised(alert.Id, alert.Version, status, severity, alert.EscalationLevel, f.BorderPost, f.EntryId,
                f.EntryName, f.Action, f.Lists, f.Category, f.ReleasableTo, f.OwnerAgency, f.Retro, e.Change.At, "RAISED", type,
                alert.Audience, f.Unit)
            : new Contract.AlertChanged(alert.Id, alert.Version, status, severity, alert.EscalationLevel, f.BorderPost, f.EntryId,
                f.EntryName, f.Action, f.Lists, f.Category, f.ReleasableTo, f.OwnerAgency, f.Retro, e.Change.At, "CHANGED", type,
                alert.Audience, f.Unit);
    }
}
