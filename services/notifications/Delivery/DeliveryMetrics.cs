using Watchlist.ServiceDefaults.Telemetry;

namespace Watchlist.Notifications.Delivery;

/// <summary>What delivery records (<see cref="WatchlistMetrics"/>): from the alert's time (a live alert's is its screening's) to
/// the notification written to the subscriber, by channel (<c>sse</c>, <c>websocket</c>, <c>webhook</c>); the histogram's count
/// is the deliveries per channel. And the webhook notifications given up.</summary>
public static class DeliveryMetrics
{
    public const string Sse = "sse", WebSocket = "websocket", Webhook = "webhook";

    /// <summary>The header by which the gateway's GraphQL subscriptions, which read this stream for their WebSocket clients, name
    /// their channel: the gateway serves no metrics, so their deliveries are counted here, as far as the gateway.</summary>
    public const string ChannelHeader = "X-Delivery-Channel";

    /// <summary>A stream the gateway opens for a GraphQL subscription delivers over WebSocket; any other over SSE.</summary>
    public static string ChannelOf(HttpRequest request) =>
        string.Equals(request.Headers[ChannelHeader], WebSocket, StringComparison.Ordinal) ? WebSocket : Sse;

    public static void Delivered(string channel, DateTimeOffset alertAt) =>
        WatchlistMetrics.FeedDelivery.Record(WatchlistMetrics.SecondsSince(alertAt), new KeyValuePair<string, object?>("channel", channel));

    public static void DeadLettered() => WatchlistMetrics.WebhookDeadLetters.Add(1);
}
