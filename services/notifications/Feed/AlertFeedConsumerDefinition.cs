using MassTransit;
using Watchlist.Contracts.Alerts;

namespace Watchlist.Notifications.Feed;

/// <summary>
/// Many deliveries at once (<c>Feed:ConsumerConcurrency</c>, default 128), because the <see cref="FeedWriter"/> commits
/// whatever is waiting as one group: the more messages in hand, the larger the group. One alert's versions go one at a
/// time, in delivery order (partitioned by alert id): a version enters the writer only once the one before it is durable,
/// so concurrency never lets an alert's change overtake its raising.
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
        var partitioner = endpoint.CreatePartitioner(_concurrency);
        consumer.Message<AlertRaised>(m => m.UsePartitioner(partitioner, x => x.Message.AlertId));
        consumer.Message<AlertChanged>(m => m.UsePartitioner(partitioner, x => x.Message.AlertId));
    }
}
