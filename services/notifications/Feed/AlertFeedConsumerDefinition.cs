using MassTransit;

namespace Watchlist.Notifications.Feed;

/// <summary>
/// Appends run a few at a time (<c>Feed:ConsumerConcurrency</c>, default 1): every append to one feed serialises on its
/// head anyway, and one at a time keeps the feed in the order the alerts service published, without conflicts to retry.
/// </summary>
public sealed class AlertFeedConsumerDefinition : ConsumerDefinition<AlertFeedConsumer>
{
    public AlertFeedConsumerDefinition(IConfiguration configuration) =>
        ConcurrentMessageLimit = configuration.GetValue("Feed:ConsumerConcurrency", 1);
}
