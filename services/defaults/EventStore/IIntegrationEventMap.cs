using JasperFx.Events;
using Marten;

namespace Watchlist.ServiceDefaults.EventStore;

/// <summary>
/// Says which stored domain events leave the service, and as which integration events (none,
/// one, or several: a screening publishes one message per hit). The session reads the store as
/// of the forwarder's page, for events that need more than their own data.
/// </summary>
public interface IIntegrationEventMap
{
    ValueTask<IReadOnlyList<object>> ToIntegrationEventsAsync(IEvent stored, IQuerySession session, CancellationToken ct);
}
