using MassTransit;

namespace Watchlist.ServiceDefaults.Messaging;

/// <summary>
/// Many deliveries in hand at once (the alerts service's <c>Alerts:Retro:Prefetch</c>, for one), because a group writer
/// (<see cref="WriteGroups{T}"/>) handles whatever is waiting as one group; the writer, not this limit, bounds the database
/// work.
/// </summary>
public abstract class GroupedConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    private readonly int _prefetch;

    protected GroupedConsumerDefinition(int prefetch)
    {
        _prefetch = prefetch;
        ConcurrentMessageLimit = prefetch;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint, IConsumerConfigurator<TConsumer> consumer,
        IRegistrationContext context)
    {
        if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit) rabbit.PrefetchCount = _prefetch;
    }
}
