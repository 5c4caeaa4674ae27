namespace Watchlist.Notifications.Subscriptions;

/// <summary>
/// A command centre's standing order for alerts. It belongs to the person (<c>sub</c>) and agency that created it:
/// only they see it, and only alerts releasable to that agency ever enter its feed.
/// </summary>
public sealed record Subscription(
    Guid Id, string Name, string Owner, string Agency, AlertFilter Filter, WebhookTarget? Webhook, DateTimeOffset CreatedAt)
{
    public bool IsOwnedBy(Caller caller) => Owner == caller.Subject && Agency == caller.Agency;

    public bool Wants(AlertNotice alert) => alert.IsReleasableTo(Agency) && Filter.Matches(alert);
}

/// <summary>Where signed webhooks go; the secret is the Standard Webhooks key and is never shown again.</summary>
public sealed record WebhookTarget(string Url, string Secret);
