using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Watchlist.Notifications.Subscriptions;

namespace Watchlist.Notifications.Delivery.Webhooks;

/// <summary>
/// Webhook secrets at rest: sealed with ASP.NET Core Data Protection (authenticated encryption under a key ring kept in
/// PostgreSQL, see <see cref="PostgresKeyRing"/>), so that a copy of the subscriptions table does not let anyone sign
/// webhooks that a command centre would trust. Only the sender opens a secret, at the moment it signs.
/// </summary>
public sealed class WebhookSecretVault(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Watchlist.Notifications.WebhookSecret.v1");

    public string Seal(string secret) => _protector.Protect(secret);

    /// <returns>The HMAC key, or null when the secret cannot be opened (its key is gone from the key ring).</returns>
    public byte[]? KeyOf(WebhookTarget target)
    {
        try
        {
            return WebhookSecret.Decode(target.SealedSecret is { } sealedSecret ? _protector.Unprotect(sealedSecret) : target.Secret);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
