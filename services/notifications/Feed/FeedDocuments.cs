using Marten;

namespace Watchlist.Notifications.Feed;

public static class FeedDocuments
{
    /// <summary>
    /// Every read is "items of one feed after a cursor"; the head carries the version that serialises appends. Items are also
    /// found by alert, when the audience of an alert stored before audiences existed is settled (<see cref="FeedWithdrawals"/>).
    /// </summary>
    public static StoreOptions AddFeedDocuments(this StoreOptions store)
    {
        store.Schema.For<FeedHead>().UseOptimisticConcurrency(true);
        store.Schema.For<FeedItem>().Duplicate(i => i.SubscriptionId).Duplicate(i => i.Cursor).Index(i => i.AlertId);
        store.Schema.For<FeedAlertMark>();
        return store;
    }
}
