using System.Text;
using System.Text.Json;
using Watchlist.Notifications.Feed;
using Watchlist.Notifications.Subscriptions;

namespace Watchlist.Notifications.Delivery.Webhooks;

/// <summary>One signed POST of one notification. The webhook-id names the feed item, so every retry carries the same one.</summary>
public sealed class WebhookSender(IHttpClientFactory clients, WebhookSecretVault vault, TimeProvider clock, JsonSerializerOptions json,
    ILogger<WebhookSender> log)
{
    public const string ClientName = "webhooks";

    /// <summary>
    /// What a subscriber learns when no HTTP answer came. One message for refused, reset, unreachable and silent alike:
    /// the difference between them is what would make lastError a port scanner. The cause goes to the log.
    /// </summary>
    public const string NoAnswer = "The receiver did not answer with an HTTP status.";

    public const string SecretUnreadable = "The webhook secret can no longer be read; create the subscription again.";

    public static string WebhookIdOf(FeedItem item) => $"msg_{item.SubscriptionId:N}_{item.Cursor}";

    /// <returns>The status code, or null with an error when no answer came.</returns>
    public async Task<(int? Status, string? Error)> SendAsync(WebhookTarget target, FeedItem item, TimeSpan timeout, CancellationToken ct)
    {
        if (vault.KeyOf(target) is not { } key) return (null, SecretUnreadable);
        var id = WebhookIdOf(item);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var body = JsonSerializer.Serialize(new { type = item.Event, timestamp = clock.GetUtcNow(), data = item.ToNotification() }, json);
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(key, id, timestamp, body));
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, deadline.Token);
            return ((int)response.StatusCode, null);
        }
        catch (Exception ex) when (ex is HttpRequestException || ex is OperationCanceledException && !ct.IsCancellationRequested)
        {
            var refused = ex.InnerException is ReceiverRefusedException;
            log.LogInformation(ex, "Webhook {WebhookId} got no answer{Refused}", id, refused ? " (address not allowed)" : "");
            return (null, refused ? WebhookDestinations.NotAllowed : NoAnswer);
        }
    }
}
