namespace Watchlist.Notifications.Delivery.Webhooks;

/// <summary>
/// How far one subscription's webhook has got through its feed. Notifications go out in feed order, one at a time,
/// so a receiver sees each alert's versions in order; the one being retried keeps its first-attempt time, which the
/// horizon is measured from.
/// </summary>
public sealed record WebhookProgress(Guid Id, long DeliveredCursor, bool Disabled, int Attempts, DateTimeOffset? FirstAttemptAt,
    DateTimeOffset NextAttemptAt, int? LastStatus, string? LastError)
{
    public static WebhookProgress Start(Guid subscriptionId, DateTimeOffset now) => new(subscriptionId, 0, false, 0, null, now, null, null);

    public WebhookProgress Delivered(long cursor, DateTimeOffset now) => this with
    {
        DeliveredCursor = cursor,
        Attempts = 0,
        FirstAttemptAt = null,
        NextAttemptAt = now,
        LastStatus = 200,
        LastError = null,
    };
}

/// <summary>A notification whose webhook failed for longer than the horizon; a replay sends it again with the same webhook-id.</summary>
public sealed record WebhookDeadLetter(
    string Id, Guid SubscriptionId, long Cursor, string WebhookId, int Attempts, int? LastStatus, string? LastError,
    DateTimeOffset DeadAt, bool Replay = false);
