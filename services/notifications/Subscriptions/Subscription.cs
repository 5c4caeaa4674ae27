namespace Watchlist.Notifications.Subscriptions;

/// <summary>
/// A command centre's standing order for alerts. It belongs to the person (<c>sub</c>) and agency that created it:
/// only they see it, and only alerts whose audience includes that agency ever enter its feed.
/// </summary>
public sealed record Subscription(
    Guid Id, string Name, string Owner, string Agency, AlertFilter Filter, WebhookTarget? Webhook, DateTimeOffset CreatedAt)
{
    public bool IsOwnedBy(Caller caller) => Owner == caller.Subject && Agency == caller.Agency;

    public bool Wants(AlertNotice alert) => alert.Audience.Includes(Agency) && Filter.Matches(alert);
}

/// <summary>
/// Where signed webhooks go. The Standard Webhooks key is stored only sealed (<see cref="Delivery.Webhooks.WebhookSecretVault"/>)
/// and is never shown again; <paramref name="Secret"/> is the plaintext that versions before sealing stored, which
/// <see cref="Delivery.Webhooks.WebhookSecretMigration"/> seals at start.
/// </summary>
public sealed record WebhookTarget(string Url, string? SealedSecret, string? Secret = null);
