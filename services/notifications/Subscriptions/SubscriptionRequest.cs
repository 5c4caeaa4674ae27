namespace Watchlist.Notifications.Subscriptions;

/// <summary>
/// The body of <c>POST /api/subscriptions</c>; everything is nullable so that validation, not binding, says what is missing.
/// </summary>
public sealed record SubscriptionRequest(string? Name, FilterRequest? Filter, WebhookRequest? Webhook);

public sealed record FilterRequest(
    string[]? BorderPosts, string? MinSeverity, string[]? Lists, string[]? Categories, string[]? Actions, string[]? Statuses,
    string[]? Units = null);

public sealed record WebhookRequest(string? Url, string? Secret);
