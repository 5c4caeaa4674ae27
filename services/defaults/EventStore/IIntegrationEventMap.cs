using JasperFx.Events;

namespace Watchlist.ServiceDefaults.EventStore;

/// <summary>
/// Says which stored domain events leave the service, and as which integration event.
/// Each service has one; events it maps to null stay private to the service.
/// </summary>
public interface IIntegrationEventMap
{
    object? ToIntegrationEvent(IEvent stored);
}
