namespace Watchlist.Notifications.Feed;

/// <summary>One page of a feed: each item carries its cursor, the same value SSE sends as <c>id:</c>.</summary>
public sealed record FeedPage(IReadOnlyList<FeedPageItem> Items, string? NextCursor);

public sealed record FeedPageItem(
    string Cursor, string Event, Guid AlertId, int AlertVersion, string Kind, string Status, string Severity, string? BorderPost,
    string EntryName, string Action, DateTimeOffset At, string? Unit)
{
    public static FeedPageItem Of(FeedItem i) => new(i.Cursor.ToString(System.Globalization.CultureInfo.InvariantCulture), i.Event,
        i.AlertId, i.AlertVersion, i.Kind, i.Status, i.Severity, i.BorderPost, i.EntryName, i.Action, i.At, i.Unit);
}
