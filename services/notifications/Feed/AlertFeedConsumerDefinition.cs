using MassTransit;

namespace Watchlist.Notifications.Feed;

/// <summary>
/// Many deliveries at once (<c>Feed:ConsumerConcurrency</c>, default 128), because the <see cref="FeedWriter"/> commits
/// whatever is waiting as one group: the more messages in hand, the larger the group. Messages enter the writer in the order
/// they are delivered, so a feed keeps the order the alerts service published in.
/// </summary>
public sealed class AlertFeedConsumerDefinition : ConsumerDefinition<AlertFeedConsumer>
{
    private readonly int _concurrency;

    public AlertFeedConsumerDefinition(IConfiguration configuration)
    {
        _concurrency = configuration.GetValue("Feed:ConsumerConcurrency", 128);
        ConcurrentMessageLimit = _concurrency;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint, IConsumerConfigurator<AlertFeedConsumer> consumer,
        IRegistrationContext context)
    {
        // The broker's default prefetch (twice the cores) would cap the group at four.
        if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit) rabbit.PrefetchCount = _concurrency;
    }
}
