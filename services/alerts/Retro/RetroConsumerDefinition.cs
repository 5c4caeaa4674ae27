using MassTransit;

namespace Watchlist.Alerts.Retro;

/// <summary>
/// Many deliveries in hand at once (<c>Alerts:Retro:Prefetch</c>), because the <see cref="RetroWriter"/> screens whatever is
/// waiting as one group; the writer, not this limit, bounds the database work (one group at a time).
/// </summary>
public sealed class RetroConsumerDefinition : ConsumerDefinition<RetroConsumer>
{
    private readonly int _prefetch;

    public RetroConsumerDefinition(IConfiguration configuration)
    {
        _prefetch = RetroSettings.From(configuration).Prefetch;
        ConcurrentMessageLimit = _prefetch;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint, IConsumerConfigurator<RetroConsumer> consumer,
        IRegistrationContext context)
    {
        if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit) rabbit.PrefetchCount = _prefetch;
    }
}
