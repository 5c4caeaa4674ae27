using MassTransit;

namespace Watchlist.Alerts.Retro;

/// <summary>Many crossings in hand at once (<c>Alerts:Retro:Prefetch</c>), because the <see cref="CrossingWriter"/> records whatever is
/// waiting as one group.</summary>
public sealed class CrossingConsumerDefinition : ConsumerDefinition<CrossingConsumer>
{
    private readonly int _prefetch;

    public CrossingConsumerDefinition(IConfiguration configuration)
    {
        _prefetch = RetroSettings.From(configuration).Prefetch;
        ConcurrentMessageLimit = _prefetch;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint, IConsumerConfigurator<CrossingConsumer> consumer,
        IRegistrationContext context)
    {
        if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit) rabbit.PrefetchCount = _prefetch;
    }
}
