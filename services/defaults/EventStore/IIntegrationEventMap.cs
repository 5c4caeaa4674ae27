using JasperFx.Events;
using Marten;

namespace Watchlist.ServiceDefaults.EventStore;

/// <summary>
/// Says which stored domain events leave the service, and as which integration event.
/// Each service has one; events it maps to null stay private to the service. The session
/// reads the store as of the forwarder's page, for events that need more than their own data.
/// </summary>
public interface IIntegrationEventMap
{
    ValueTask<object?> ToIntegrationEventAsync(IEvent stored, IQuerySession session, CancellationToken ct);
}
