using System.Globalization;
using System.Text;
using System.Text.Json;
using Watchlist.Notifications.Feed;

namespace Watchlist.Notifications.Delivery.Sse;

/// <summary>
/// The text/event-stream framing of the WHATWG spec: one event per feed item, comments for heartbeats. Each event written is a
/// delivery on <paramref name="channel"/> (<see cref="DeliveryMetrics.ChannelOf"/>).
/// </summary>
public sealed class SseWriter(HttpResponse response, JsonSerializerOptions json, string channel)
{
    public async Task EventAsync(FeedItem item, CancellationToken ct)
    {
        var data = JsonSerializer.Serialize(item.ToNotification(), json);
        await WriteAsync($"id: {item.Cursor.ToString(CultureInfo.InvariantCulture)}\nevent: {item.Event}\ndata: {data}\n\n", ct);
        DeliveryMetrics.Delivered(channel, item.At);
    }

    public Task CommentAsync(string text, CancellationToken ct) => WriteAsync($": {text}\n\n", ct);

    /// <summary>Tells EventSource how long to wait before reconnecting with Last-Event-ID.</summary>
    public Task RetryAsync(TimeSpan after, CancellationToken ct) => WriteAsync($"retry: {(int)after.TotalMilliseconds}\n\n", ct);

    public Task FlushAsync(CancellationToken ct) => response.Body.FlushAsync(ct);

    private Task WriteAsync(string text, CancellationToken ct) => response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), ct).AsTask();
}
