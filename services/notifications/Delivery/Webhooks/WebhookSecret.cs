namespace Watchlist.Notifications.Delivery.Webhooks;

/// <summary>Standard Webhooks secrets: base64, optionally prefixed with <c>whsec_</c>; the decoded bytes are the HMAC key.</summary>
public static class WebhookSecret
{
    public const string Prefix = "whsec_";
    public const int MinBytes = 24;
    public const int MaxBytes = 64;

    public static byte[]? Decode(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret)) return null;
        var text = secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : secret;
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var n) && n is >= MinBytes and <= MaxBytes ? buffer[..n] : null;
    }
}
