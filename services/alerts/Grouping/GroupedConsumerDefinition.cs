using MassTransit;

using Watchlist.Alerts.Alerts.Raising;
using Watchlist.Alerts.Retro;

namespace Watchlist.Alerts.Grouping;

/// <summary>
/// Many deliveries in hand at once (<c>Alerts:Retro:Prefetch</c>, <c>Alerts:Hits:Prefetch</c>), because a group writer
/// (<see cref="WriteGroups{T}"/>) handles whatever is waiting as one group; the writer, not this limit, bounds the database work.
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

public sealed class CrossingConsumerDefinition(IConfiguration configuration)
    : GroupedConsumerDefinition<CrossingConsumer>(RetroSettings.From(configuration).Prefetch);

public sealed class RetroConsumerDefinition(IConfiguration configuration)
    : GroupedConsumerDefinition<RetroConsumer>(RetroSettings.From(configuration).Prefetch);

/// <summary>Hits in hand at once: what one group can hold.</summary>
public sealed class HitConsumerDefinition(IConfiguration configuration)
    : GroupedConsumerDefinition<HitConsumer>(HitSettings.From(configuration).Prefetch);
