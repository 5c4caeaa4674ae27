using Marten.Schema;

namespace Watchlist.Notifications.Feed;

/// <summary>
/// The last cursor handed out in one subscription's feed. Two appends that read the same head both try to insert
/// the feed item of the next cursor; the second fails and retries from the new head (the insert is the guard; the
/// <see cref="Version"/> member adds optimistic concurrency where Marten applies it). So no cursor is written twice,
/// and an item commits together with the head that counts it: readers resuming "after n" never skip a late commit.
/// </summary>
public sealed class FeedHead
{
    public Guid Id { get; set; }
    public long Cursor { get; set; }

    [Version]
    public Guid Version { get; set; }

    public static FeedHead Empty(Guid subscriptionId) => new() { Id = subscriptionId };
}
