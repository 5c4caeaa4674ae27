using System.Security.Cryptography;
using System.Text;

namespace Watchlist.Notifications.Delivery.Webhooks;

/// <summary>Standard Webhooks signing: <c>v1,</c> + base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}".</summary>
public static class WebhookSignature
{
    public static string Sign(byte[] key, string id, long timestamp, string body) =>
        "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
}
