namespace Watchlist.Notifications.Subscriptions;

/// <summary>A subscription as its owner sees it; the webhook secret is write-only.</summary>
public sealed record SubscriptionView(Guid Id, string Name, AlertFilter Filter, WebhookView? Webhook, DateTimeOffset CreatedAt)
{
    public static SubscriptionView Of(Subscription s) =>
        new(s.Id, s.Name, s.Filter, s.Webhook is null ? null : new WebhookView(s.Webhook.Url), s.CreatedAt);
}

public sealed record WebhookView(string Url);

public sealed record SubscriptionList(IReadOnlyList<SubscriptionView> Items, string? NextCursor);
