using MassTransit;
using Watchlist.Contracts.Alerts;
using Watchlist.Notifications.Subscriptions;

namespace Watchlist.Notifications.Feed;

/// <summary>
/// Hands each alert event to the <see cref="FeedWriter"/> and returns when it is durable in every feed that wants it, so
/// the message is acknowledged only then. The writer records the message as handled in the same transaction, so a
/// redelivered message adds nothing. (Not HandleOnceAsync: many messages share one transaction here.)
/// </summary>
public sealed class AlertFeedConsumer(FeedWriter writer) : IConsumer<AlertRaised>, IConsumer<AlertChanged>
{
    public const string Name = "notifications.feed";

    public Task Consume(ConsumeContext<AlertRaised> context) => AppendAsync(context, AlertNotice.From(context.Message));

    public Task Consume(ConsumeContext<AlertChanged> context) => AppendAsync(context, AlertNotice.From(context.Message));

    private Task AppendAsync(ConsumeContext context, AlertNotice alert) =>
        writer.AppendAsync(
            $"{Name}/{context.MessageId ?? throw new InvalidOperationException("An alert event arrived without a MessageId.")}",
            alert, context.CancellationToken);
}
