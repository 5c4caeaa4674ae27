using Marten;

namespace Watchlist.Notifications.Feed;

public static class FeedReader
{
    /// <summary>The feed items after <paramref name="after"/>, oldest first: the one query every delivery channel uses.</summary>
    public static Task<IReadOnlyList<FeedItem>> ReadAfterAsync(
        this IQuerySession session, Guid subscriptionId, long after, int limit, CancellationToken ct) =>
        session.Query<FeedItem>()
            .Where(i => i.SubscriptionId == subscriptionId && i.Cursor > after)
            .OrderBy(i => i.Cursor).Take(limit).ToListAsync(ct);
}
