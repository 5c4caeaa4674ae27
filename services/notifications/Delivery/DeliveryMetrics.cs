using Watchlist.ServiceDefaults.Telemetry;

namespace Watchlist.Notifications.Delivery;

/// <summary>What delivery records (<see cref="WatchlistMetrics"/>): from the alert's time (a live alert's is its screening's) to
/// the notification written to the subscriber, by channel; and the webhook notifications given up.</summary>
public static class DeliveryMetrics
{
    public const string Sse = "sse", Webhook = "webhook";

    public static void Delivered(string channel, DateTimeOffset alertAt) =>
        WatchlistMetrics.FeedDelivery.Record(WatchlistMetrics.SecondsSince(alertAt), new KeyValuePair<string, object?>("channel", channel));

    public static void DeadLettered() => WatchlistMetrics.WebhookDeadLetters.Add(1);
}
