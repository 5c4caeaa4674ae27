namespace Watchlist.Notifications.Feed;

/// <summary>
/// One notification in one subscription's feed: the durable record every delivery channel reads.
/// Its id is "subscription/cursor" and it is inserted, never overwritten: one cursor is written once, whatever the head says.
/// </summary>
public sealed record FeedItem(
    string Id, Guid SubscriptionId, long Cursor, string Event,
    Guid AlertId, int AlertVersion, string Kind, string Status, string Severity, string? BorderPost, string EntryName, string Action,
    DateTimeOffset At, DateTimeOffset AppendedAt, string? Unit = null)
{
    public const string Raised = "alert.raised";
    public const string Changed = "alert.changed";

    public static string IdOf(Guid subscriptionId, long cursor) => $"{subscriptionId}/{cursor:D19}";

    /// <summary>The item at the head's (already advanced) cursor.</summary>
    public static FeedItem Of(FeedHead head, Subscriptions.AlertNotice alert, DateTimeOffset now) =>
        new(IdOf(head.Id, head.Cursor), head.Id, head.Cursor, alert.Kind == "RAISED" ? Raised : Changed,
            alert.AlertId, alert.AlertVersion, alert.Kind, alert.Status, alert.Severity, alert.BorderPost, alert.EntryName, alert.Action,
            alert.At, now, alert.Unit);

    public FeedNotification ToNotification() =>
        new(AlertId, AlertVersion, Kind, Status, Severity, BorderPost, EntryName, Action, At, Unit);
}

/// <summary>The JSON a subscriber receives (the SSE <c>data:</c>, a webhook body, a GraphQL <c>AlertNotification</c>): a border alert
/// has a <c>borderPost</c> and no <c>unit</c>, a content alert a <c>unit</c> and no <c>borderPost</c>.</summary>
public sealed record FeedNotification(
    Guid AlertId, int AlertVersion, string Kind, string Status, string Severity, string? BorderPost, string EntryName, string Action,
    DateTimeOffset At, string? Unit);
