using Marten;

namespace Watchlist.Notifications.Subscriptions;

public static class SubscriptionDocuments
{
    /// <summary>Listing is by owner, so the owner is indexed.</summary>
    public static StoreOptions AddSubscriptionDocuments(this StoreOptions store)
    {
        store.Schema.For<Subscription>().Index(s => s.Owner);
        return store;
    }
}
