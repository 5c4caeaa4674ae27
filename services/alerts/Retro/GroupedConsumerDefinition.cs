using MassTransit;

namespace Watchlist.Alerts.Retro;

/// <summary>
/// Many deliveries in hand at once (<c>Alerts:Retro:Prefetch</c>), because a group writer (<see cref="CrossingWriter"/>,
/// <see cref="RetroWriter"/>) handles whatever is waiting as one group; the writer, not this limit, bounds the database work.
/// </summary>
public abstract class GroupedConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    private readonly int _prefetch;

    protected GroupedConsumerDefinition(IConfiguration configuration)
    {
        _prefetch = RetroSettings.From(configuration).Prefetch;
        ConcurrentMessageLimit = _prefetch;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint, IConsumerConfigurator<TConsumer> consumer,
        IRegistrationContext context)
    {
        if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit) rabbit.PrefetchCount = _prefetch;
    }
}

public sealed class CrossingConsumerDefinition(IConfiguration configuration) : GroupedConsumerDefinition<CrossingConsumer>(configuration);

public sealed class RetroConsumerDefinition(IConfiguration configuration) : GroupedConsumerDefinition<RetroConsumer>(configuration);
